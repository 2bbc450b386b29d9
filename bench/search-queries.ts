import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../src/article/article-schema';
import { isStopword, termsOf } from '../src/search/shared/search-words';

export type BenchQuery = { kind: 'name' | 'typo' | 'word' | 'two words' | 'phrase' | 'prefix'; text: string };

/** Common news words a reader would type, present in the synthetic corpus's topics. */
const TOPIC_WORDS = ['inflation', 'ceasefire', 'election', 'heatwave', 'vaccine', 'strike', 'museum', 'flooding', 'prosecutor', 'stadium'];

/**
 * A fixed set of queries of the kinds readers type, drawn from the corpus itself (every k-th article), so
 * every engine answers the same questions: surnames, the same with a typo, topic words, a surname with a
 * title word, a two-word phrase from a title in quotation marks, and word beginnings.
 */
export async function benchQueries(outDir: string, ids: readonly string[], perKind = 10): Promise<BenchQuery[]> {
  const queries: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(ids.length / (perKind * 3)));
  const names: Array<{ name: string; titleWord: string }> = [];
  const titles: string[][] = [];
  for (let ordinal = 0; ordinal < ids.length && (names.length < perKind || titles.length < perKind); ordinal += step) {
    const article = JSON.parse(await readFile(join(outDir, 'articles', `${ids[ordinal]}.json`), 'utf8')) as Article;
    const words = termsOf(article.title).filter((term) => !isStopword(term) && !/\d/.test(term));
    const name = article.entities.people.at(0)?.split(' ').at(-1);
    const titleWord = words.find((word) => word.length >= 4 && word !== name?.toLowerCase());
    if (name && name.length >= 6 && titleWord && names.length < perKind) names.push({ name, titleWord });
    if (words.length >= 3 && titles.length < perKind) titles.push(words);
  }
  for (const { name } of names) queries.push({ kind: 'name', text: name });
  for (const { name } of names) queries.push({ kind: 'typo', text: withTypo(name) });
  for (const word of TOPIC_WORDS.slice(0, perKind)) queries.push({ kind: 'word', text: word });
  // A name with a word of the same article's title: at least that article matches both.
  for (const { name, titleWord } of names) queries.push({ kind: 'two words', text: `${name} ${titleWord}` });
  for (const title of titles) queries.push({ kind: 'phrase', text: `"${title[1]} ${title[2]}"` });
  for (const word of TOPIC_WORDS.slice(0, perKind)) queries.push({ kind: 'prefix', text: word.slice(0, 4) });
  return queries;
}

/** Drops a letter from the middle of the word: "Stoltenberg" -> "Stoltenerg". */
function withTypo(word: string): string {
  const at = Math.floor(word.length * 0.6);
  return word.slice(0, at) + word.slice(at + 1);
}
