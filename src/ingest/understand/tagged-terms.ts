import { nlp } from '../nlp';
import { textChunks } from './text-chunks';

/** One word as compromise reads it, placed in the text it came from. */
export type Term = {
  text: string;
  /** Lowercase, without possessive or punctuation ("stoltenberg" for "Stoltenberg's"). */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and space before and after the word, as written. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of its sentence in the whole text. */
  sentence: number;
  /** First word of its sentence. */
  first: boolean;
};

type CompromiseTerm = { text: string; normal: string; machine?: string; pre: string; post: string; tags: Set<string> };

// What nlp.tokenize(text).compute(['lexicon', 'preTagger']) does, without its second run of 'normal'
// (the tokenizer has already set every term's normal form, from its text alone): the same tags for
// about a tenth less time. Then the lexicon and the tagger's first pass only. The second pass (hundreds
// of match patterns) costs three times as much, and what it adds for names (title case as proper noun,
// first name plus surname) is done by the rules in name-mentions.ts; freezing lexicon tags matters only
// to that second pass.
const TAGGING = ['alias', 'machine', 'contractions', 'lexicon', 'preTagger'];

type Lexicon = Record<string, string | string[]>;
type CompromiseWorld = {
  methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): unknown } } };
  model: { one: { lexicon: Lexicon }; two: Record<string, unknown> };
};
type Doc = { compute(steps: string[]): { docs: CompromiseTerm[][] } };
const world = nlp.world() as unknown as CompromiseWorld;
const View = nlp.tokenize('').constructor as new (document: unknown) => Doc;

/** The terms of one chunk, placed in the chunk, and how many sentences it holds. */
type TaggedChunk = { terms: Term[]; sentences: number };

/**
 * Runs compromise over the whole text, a bounded chunk at a time (text-chunks.ts): its sentence splitter
 * is quadratic in a run it cannot split ("Mr. Mr. Mr. ..."), and it never joins sentences across a line
 * break, so chunks that end at one give the same terms as one call would. A chunk is tagged on its own,
 * so a chunk whose text came before in the same article is not tagged again: its terms are copied, moved
 * to where it is (a paragraph, or a run, repeated through a file costs its first copy only).
 */
export function tagTerms(text: string): Term[] {
  const terms: Term[] = [];
  const seen = new Map<string, TaggedChunk>();
  let sentenceBase = 0;
  for (const chunk of textChunks(text, isSentenceEnd)) {
    const part = text.slice(chunk.start, chunk.end);
    let tagged = seen.get(part);
    if (!tagged) {
      tagged = tagChunk(part);
      seen.set(part, tagged);
    }
    for (const term of tagged.terms) {
      terms.push({ ...term, start: chunk.start + term.start, end: chunk.start + term.end, sentence: sentenceBase + term.sentence });
    }
    sentenceBase += tagged.sentences;
  }
  return terms;
}

/** One chunk tagged by compromise: terms placed in the chunk, sentences counted from 0. */
function tagChunk(part: string): TaggedChunk {
  const doc = new View(world.methods.one.tokenize.fromString(part, world)).compute(TAGGING);
  const terms: TaggedChunk['terms'] = [];
  let cursor = 0;
  doc.docs.forEach((sentence, sentenceIndex) => {
    sentence.forEach((term, i) => {
      // Looked for in this chunk only: a term whose text is not found costs a chunk's length, not the article's.
      const found = part.indexOf(term.text, cursor);
      const start = found >= 0 ? found : cursor;
      const end = start + term.text.length;
      cursor = end;
      terms.push({
        text: term.text,
        normal: (term.machine ?? term.normal).replace(/['’]s$/, ''),
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        sentence: sentenceIndex,
        first: i === 0,
      });
    });
  });
  return { terms, sentences: doc.docs.length };
}

type SentenceTest = (text: string, abbreviations: unknown) => boolean;
const compromiseIsSentence = (world.methods.one.tokenize as unknown as { isSentence: SentenceTest }).isSentence;
const abbreviations = (world.model.one as unknown as { abbreviations?: unknown }).abbreviations ?? {};

/** Whether compromise would end a sentence with the text before `end` (its own test, on the last few words only). */
function isSentenceEnd(text: string, end: number): boolean {
  return compromiseIsSentence(text.slice(Math.max(0, end - 40), end), abbreviations);
}

/** compromise's own word lists, so names are told apart from the library's knowledge, not ours. */
export const lexicon: Lexicon = world.model.one.lexicon;
export const orgWords = new Set(Object.keys(world.model.two.orgWords as Record<string, boolean>));
export const placeWords = new Set(Object.keys(world.model.two.placeWords as Record<string, boolean>));

export function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** The tags the lexicon gives a given name ("John", "Patricia"). */
export const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** The tags the lexicon gives a person's names: given names and surnames. */
export const NAME_TAGS = [...GIVEN_NAME_TAGS, 'LastName', 'Person'];

/** Whether the lexicon knows the word for a name and nothing else, or not at all ("Zimoyo", "Souza"). */
export function hasOnlyNameSenses(word: string): boolean {
  return lexiconTags(word).every((tag) => NAME_TAGS.includes(tag));
}

/** Whether the lexicon knows the word as a given name, out of context. */
export function isKnownGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.includes(tag));
}
