import { formatCount } from '@/ui/format-count';
import { READ_IMPORT_LIMIT, type ReadImportReport } from './imported-read-state';

/** An import reads this many entries of a file at most: a larger one would fill storage and the page for little use. */
export const IMPORT_LIMIT = 5000;

/** What an import did, for the sentence the reader sees. */
export type ImportReport = {
  /** Entries newly saved. */
  added: number;
  /** Entries for articles that were saved already (kept as they were). */
  alreadySaved: number;
  /** Entries that are not saved articles (bad id, date or title). */
  bad: number;
  /** Entries repeating an id listed earlier in the file. */
  repeated: number;
  /** Entries in the file, read or not: more than IMPORT_LIMIT means only the first IMPORT_LIMIT were read. */
  listed: number;
  /** What the file's read state added; null when the file carries none (an older export). */
  read: ReadImportReport | null;
};

const counted = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

export function importMessage({ added, alreadySaved, bad, repeated, listed, read }: ImportReport): string {
  const sentences = [
    added === 0 && bad === 0 && repeated === 0 && listed <= IMPORT_LIMIT
      ? 'Every article in that file was already saved.'
      : added === 0
        ? 'No new saved articles were imported.'
        : `Imported ${counted(added, 'saved article', 'saved articles')}.`,
  ];
  if (listed > IMPORT_LIMIT) {
    const limit = formatCount(IMPORT_LIMIT);
    sentences.push(`That file lists ${formatCount(listed)}: only the first ${limit} were read, the most one import takes.`);
  }
  if (bad > 0) {
    const why = bad === 1 ? 'it is not a saved article' : 'they are not saved articles';
    sentences.push(`${counted(bad, 'entry was', 'entries were')} left out because ${why}.`);
  }
  if (repeated > 0) {
    const why = repeated === 1 ? 'it repeats' : 'they repeat';
    sentences.push(`${counted(repeated, 'entry was', 'entries were')} left out because ${why} another.`);
  }
  if (alreadySaved > 0 && added > 0) sentences.push(`${counted(alreadySaved, 'was', 'were')} already saved.`);
  if (read) sentences.push(...readStateSentences(read));
  return sentences.join(' ');
}

function readStateSentences({ marked, allUpTo, bad, listed }: ReadImportReport): string[] {
  if (bad < 0) return ['The file’s list of read articles could not be read, so it was left out.'];
  const sentences: string[] = [];
  if (allUpTo !== null) sentences.push(`Marked everything dated up to ${allUpTo} as read.`);
  if (marked > 0) sentences.push(`Marked ${counted(marked, 'more article', 'more articles')} as read.`);
  if (listed > READ_IMPORT_LIMIT) {
    sentences.push(`Only the first ${formatCount(READ_IMPORT_LIMIT)} of its ${formatCount(listed)} read articles were read.`);
  }
  if (bad > 0) {
    const why = bad === 1 ? 'it is not an article id or a date' : 'they are not article ids or dates';
    sentences.push(`${counted(bad, 'read-state entry was', 'read-state entries were')} left out because ${why}.`);
  }
  return sentences;
}

/** Said on /saved after saved data in storage was found damaged and repaired. */
export function damageMessage(kept: number, leftOut: number): string {
  const was = leftOut === 1 ? 'was' : 'were';
  const lost = leftOut > 0 ? ` ${counted(leftOut, 'entry', 'entries')} could not be read and ${was} left out.` : '';
  return `Saved data was damaged; ${counted(kept, 'entry', 'entries')} kept.${lost}`;
}
