import nlp from 'compromise';

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

/** Runs compromise once over the whole text. */
export function tagTerms(text: string): Term[] {
  const doc = new View(world.methods.one.tokenize.fromString(text, world)).compute(TAGGING);
  const terms: Term[] = [];
  let cursor = 0;
  doc.docs.forEach((sentence, sentenceIndex) => {
    sentence.forEach((term, i) => {
      const found = text.indexOf(term.text, cursor);
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
  return terms;
}

/** compromise's own word lists, so names are told apart from the library's knowledge, not ours. */
export const lexicon: Lexicon = world.model.one.lexicon;
export const orgWords = new Set(Object.keys(world.model.two.orgWords as Record<string, boolean>));
export const placeWords = new Set(Object.keys(world.model.two.placeWords as Record<string, boolean>));

export function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
