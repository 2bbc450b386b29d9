import { describe, expect, it } from 'vitest';
import { withCutsRestored } from './cut-span';
import { assembleDrafts, type Entry } from './paragraph-drafts';

const body = (text: string): Entry => ({ kind: 'body', line: { text, cuts: [] } });
const blank: Entry = { kind: 'blank' };
const removed = (text: string): Entry => ({ kind: 'removed', removal: { text, reason: 'advertisement' } });

describe('assembleDrafts', () => {
  it('makes one draft per blank-line separated paragraph', () => {
    const { drafts, trailing } = assembleDrafts([body('Headline here'), blank, body('First paragraph.'), blank, blank, body('Second.')]);
    expect(drafts.map((draft) => draft.text)).toEqual(['Headline here', 'First paragraph.', 'Second.']);
    expect(trailing).toEqual([]);
  });

  it('rejoins hard-wrapped lines but keeps a heading between them apart', () => {
    const lines = [
      'The storm arrived three weeks before the start of the apple and pear',
      'harvest. Growers around the villages of Cowlam Cross and Eddle said some',
      'orchards had lost most of their fruit in minutes.',
      'Clean-up in Hessford',
      'In Hessford, drains blocked by ice sent water pouring into shops and',
      'homes on Bridge Street and Market Hill. Fire crews pumped out the water',
      'overnight.',
    ];
    const { drafts } = assembleDrafts(lines.map(body));
    expect(drafts.map((draft) => [draft.text.slice(0, 20), draft.lineCount])).toEqual([
      ['The storm arrived th', 3],
      ['Clean-up in Hessford', 1],
      ['In Hessford, drains ', 3],
    ]);
  });

  it('rejoins a word hyphenated across a wrap with no space, but not across an advert or a blank line', () => {
    const wrapped = assembleDrafts([body('The councils agreed to build a cross-'), body('border tram line between the towns.')]);
    expect(wrapped.drafts.map((draft) => draft.text)).toEqual(['The councils agreed to build a cross-border tram line between the towns.']);
    const advert = assembleDrafts([body('The councils agreed to build a cross-'), removed('Advertisement'), body('border tram line.')]);
    expect(advert.drafts[0]?.text).toBe('The councils agreed to build a cross- border tram line.');
    expect(withCutsRestored(advert.drafts[0]?.text ?? '', advert.drafts[0]?.cuts ?? [])).toBe(
      'The councils agreed to build a cross- Advertisement border tram line.',
    );
    const tag = assembleDrafts([
      { kind: 'body', line: { text: 'a well-', cuts: [{ text: '</i>', reason: 'html tag', offset: 7 }] } },
      body('known firm.'),
    ]);
    expect(tag.drafts[0]?.text).toBe('a well- known firm.');
  });

  it('rejoins a sentence split by a blank line and an advert, keeping the advert at its place', () => {
    const { drafts } = assembleDrafts([
      body('Residents have complained about noise, and council leader Brian Aske said the'),
      blank,
      removed('Advertisement'),
      blank,
      body('festival had agreed to end amplified music at midnight.'),
    ]);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft?.text).toBe(
      'Residents have complained about noise, and council leader Brian Aske said the festival had agreed to end amplified music at midnight.',
    );
    expect(withCutsRestored(draft!.text, draft!.cuts)).toBe(
      'Residents have complained about noise, and council leader Brian Aske said the Advertisement festival had agreed to end amplified music at midnight.',
    );
  });

  it('puts removed lines before the draft they stood before, or after the last', () => {
    const { drafts, trailing } = assembleDrafts([removed('Loading...'), body('Text.'), blank, removed('Tags: a, b')]);
    expect(drafts[0]?.before).toEqual([{ text: 'Loading...', reason: 'advertisement' }]);
    expect(trailing).toEqual([{ text: 'Tags: a, b', reason: 'advertisement' }]);
  });
});
