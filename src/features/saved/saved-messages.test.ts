import { describe, expect, it } from 'vitest';
import { damageMessage, IMPORT_LIMIT, importMessage } from './saved-messages';

const report = { added: 0, alreadySaved: 0, bad: 0, repeated: 0, listed: 0, read: null };

describe('what an import says', () => {
  it('counts what it added, or says all were saved already', () => {
    expect(importMessage({ ...report, added: 1, listed: 1 })).toBe('Imported 1 saved article.');
    expect(importMessage({ ...report, added: 2, alreadySaved: 3, listed: 5 })).toBe('Imported 2 saved articles. 3 were already saved.');
    expect(importMessage({ ...report, alreadySaved: 4, listed: 4 })).toBe('Every article in that file was already saved.');
  });

  it('says how many entries it left out and why, and that a file over the limit was read only in part', () => {
    expect(importMessage({ added: IMPORT_LIMIT - 3, alreadySaved: 0, bad: 1, repeated: 2, listed: 20_000, read: null })).toBe(
      'Imported 4,997 saved articles. That file lists 20,000: only the first 5,000 were read, the most one import takes. ' +
        '1 entry was left out because it is not a saved article. 2 entries were left out because they repeat another.',
    );
    expect(importMessage({ ...report, bad: 3, listed: 3 })).toBe(
      'No new saved articles were imported. 3 entries were left out because they are not saved articles.',
    );
  });
});

describe('what an import says of the read state', () => {
  it('says what it marked as read and what it left out', () => {
    const read = { marked: 2, allUpTo: '2021-03-14', bad: 1, listed: 3 };
    expect(importMessage({ ...report, alreadySaved: 1, listed: 1, read })).toBe(
      'Every article in that file was already saved. Marked everything dated up to 2021-03-14 as read. ' +
        'Marked 2 more articles as read. 1 read-state entry was left out because it is not an article id or a date.',
    );
    expect(importMessage({ ...report, read: { marked: 0, allUpTo: null, bad: -1, listed: 0 } })).toBe(
      'Every article in that file was already saved. The file’s list of read articles could not be read, so it was left out.',
    );
  });
});

describe('what damaged storage says', () => {
  it('says how many entries were kept and, when it can tell, how many were lost', () => {
    expect(damageMessage(1, 0)).toBe('Saved data was damaged; 1 entry kept.');
    expect(damageMessage(1200, 1)).toBe('Saved data was damaged; 1,200 entries kept. 1 entry could not be read and was left out.');
  });
});
