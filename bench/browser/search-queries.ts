import type { ArticleCard } from '../../src/article/site-index';
import { createRandom } from '../corpus/random';

/**
 * What people type into a news search, drawn from the site's own cards so that each finds something:
 * speakers' surnames, words of titles, a surname with a typo, a name and a word, a quoted phrase.
 */
export function searchQueries(cards: readonly ArticleCard[], count: number, seed = 1): string[] {
  const random = createRandom(seed);
  const surnames = unique(cards.flatMap((card) => (card.mainSpeaker ? [card.mainSpeaker.split(' ').at(-1) as string] : [])));
  const titleWords = unique(cards.flatMap((card) => card.title.split(/[^\p{L}]+/u).filter((word) => word.length >= 5)));
  const titles = cards.map((card) => card.title.split(' ')).filter((words) => words.length >= 3);
  if (titleWords.length === 0) return [];
  const queries: string[] = [];
  for (let attempt = 0; queries.length < count && attempt < count * 20; attempt += 1) {
    const kind = attempt % 5;
    const surname = surnames.length ? random.pick(surnames) : random.pick(titleWords);
    const word = random.pick(titleWords).toLowerCase();
    let query: string;
    if (kind === 0) query = surname;
    else if (kind === 1) query = word;
    else if (kind === 2) query = withTypo(surname, random.int(1, Math.max(1, surname.length - 2)));
    else if (kind === 3) query = `${surname} ${word}`;
    else {
      const words = random.pick(titles);
      const start = random.int(0, words.length - 2);
      query = `"${words.slice(start, start + 2).join(' ')}"`;
    }
    if (!queries.includes(query)) queries.push(query);
  }
  return queries;
}

/** Drops one letter: the commonest typo, and one that issue 8 says must still match. */
function withTypo(word: string, at: number): string {
  return word.length < 6 ? word : word.slice(0, at) + word.slice(at + 1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
