import { isStopword, termsOf } from '../shared/search-words';
import type { SearchFields } from './article-search-fields';

/** Term ids, one vocabulary per cache (search-cache.ts): the strings are stored once, documents hold numbers. */
export type Vocabulary = { terms: string[]; ids: Map<string, number> };

/** Id 0 is not a term: it stands between blocks (or names), where a phrase cannot run on. */
export const BREAK = 0;

export const DOC_FIELDS = ['title', 'speakers', 'entities', 'topics', 'body', 'quotations'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

/**
 * An article as the index builder needs it: for each field, the ids of its terms in reading order, stopwords
 * left out, BREAK between blocks or names. `size` and `mtimeMs` are its article file's, to know it again.
 */
export type SearchDoc = { id: string; size: number; mtimeMs: number; fields: Record<DocField, Uint32Array> };

export function createVocabulary(terms: readonly string[] = ['']): Vocabulary {
  return { terms: [...terms], ids: new Map(terms.map((term, id) => [term, id])) };
}

export function searchDocOf(fields: SearchFields, vocabulary: Vocabulary, file: { id: string; size: number; mtimeMs: number }): SearchDoc {
  const ids = (texts: readonly string[]) => {
    const out: number[] = [];
    for (const text of texts) {
      if (out.length > 0) out.push(BREAK);
      for (const term of termsOf(text)) if (!isStopword(term)) out.push(termIdOf(vocabulary, term));
    }
    return Uint32Array.from(out);
  };
  return {
    ...file,
    fields: {
      title: ids([fields.title]),
      speakers: ids(fields.speakers),
      entities: ids(fields.entities),
      topics: ids(fields.topics),
      body: ids(fields.blocks),
      quotations: ids(fields.quotations),
    },
  };
}

/** The term's id, given it now when the vocabulary does not hold it yet. */
export function termIdOf(vocabulary: Vocabulary, term: string): number {
  let id = vocabulary.ids.get(term);
  if (id === undefined) {
    id = vocabulary.terms.length;
    vocabulary.terms.push(term);
    vocabulary.ids.set(term, id);
  }
  return id;
}
