/** Verbs that report speech or writing, in the forms news uses ("said", "says", "told", "added"). */
const BASES: [string, string, string][] = [
  ['say', 'says', 'said'],
  ['tell', 'tells', 'told'],
  ['add', 'adds', 'added'],
  ['state', 'states', 'stated'],
  ['explain', 'explains', 'explained'],
  ['note', 'notes', 'noted'],
  ['argue', 'argues', 'argued'],
  ['insist', 'insists', 'insisted'],
  ['warn', 'warns', 'warned'],
  ['claim', 'claims', 'claimed'],
  ['stress', 'stresses', 'stressed'],
  ['emphasise', 'emphasises', 'emphasised'],
  ['emphasize', 'emphasizes', 'emphasized'],
  ['announce', 'announces', 'announced'],
  ['write', 'writes', 'wrote'],
  ['ask', 'asks', 'asked'],
  ['reply', 'replies', 'replied'],
  ['continue', 'continues', 'continued'],
  ['recall', 'recalls', 'recalled'],
  ['admit', 'admits', 'admitted'],
  ['acknowledge', 'acknowledges', 'acknowledged'],
  ['concede', 'concedes', 'conceded'],
  ['declare', 'declares', 'declared'],
  ['observe', 'observes', 'observed'],
  ['remark', 'remarks', 'remarked'],
  ['suggest', 'suggests', 'suggested'],
  ['urge', 'urges', 'urged'],
  ['confirm', 'confirms', 'confirmed'],
  ['comment', 'comments', 'commented'],
  ['tweet', 'tweets', 'tweeted'],
  ['post', 'posts', 'posted'],
  ['maintain', 'maintains', 'maintained'],
  ['counter', 'counters', 'countered'],
  ['caution', 'cautions', 'cautioned'],
  ['predict', 'predicts', 'predicted'],
  ['promise', 'promises', 'promised'],
  ['vow', 'vows', 'vowed'],
  ['conclude', 'concludes', 'concluded'],
  ['complain', 'complains', 'complained'],
  ['joke', 'jokes', 'joked'],
  ['shout', 'shouts', 'shouted'],
  ['whisper', 'whispers', 'whispered'],
  ['describe', 'describes', 'described'],
  ['call', 'calls', 'called'],
  ['describe', 'describes', 'described'],
  ['agree', 'agrees', 'agreed'],
  ['respond', 'responds', 'responded'],
  ['reveal', 'reveals', 'revealed'],
  ['disclose', 'discloses', 'disclosed'],
  ['report', 'reports', 'reported'],
  ['point', 'points', 'pointed'],
  ['go', 'goes', 'went'],
  ['put', 'puts', 'put'],
  ['allege', 'alleges', 'alleged'],
  ['assert', 'asserts', 'asserted'],
  ['deny', 'denies', 'denied'],
  ['refute', 'refutes', 'refuted'],
  ['rebut', 'rebuts', 'rebutted'],
  ['boast', 'boasts', 'boasted'],
  ['recount', 'recounts', 'recounted'],
  ['speak', 'speaks', 'spoke'],
  ['add', 'adds', 'added'],
  ['describe', 'describes', 'described'],
  ['testify', 'testifies', 'testified'],
  ['plead', 'pleads', 'pleaded'],
  ['demand', 'demands', 'demanded'],
  ['criticise', 'criticises', 'criticised'],
  ['criticize', 'criticizes', 'criticized'],
  ['mention', 'mentions', 'mentioned'],
  ['indicate', 'indicates', 'indicated'],
  ['reiterate', 'reiterates', 'reiterated'],
  ['underline', 'underlines', 'underlined'],
  ['repeat', 'repeats', 'repeated'],
  ['cry', 'cries', 'cried'],
  ['sigh', 'sighs', 'sighed'],
  ['laugh', 'laughs', 'laughed'],
  ['cite', 'cites', 'cited'],
  // More of the attribution verbs news writing uses ("she advises", "Ammie remembers", "he quipped").
  ['advise', 'advises', 'advised'],
  ['answer', 'answers', 'answered'],
  ['assure', 'assures', 'assured'],
  ['contend', 'contends', 'contended'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['muse', 'muses', 'mused'],
  ['proclaim', 'proclaims', 'proclaimed'],
  ['quip', 'quips', 'quipped'],
  ['recommend', 'recommends', 'recommended'],
  ['remember', 'remembers', 'remembered'],
  ['remind', 'reminds', 'reminded'],
  ['retort', 'retorts', 'retorted'],
  ['speculate', 'speculates', 'speculated'],
  ['wonder', 'wonders', 'wondered'],
  ['reflect', 'reflects', 'reflected'],
  ['elaborate', 'elaborates', 'elaborated'],
  // Those of features and entertainment news ("she teased in a voiceover", "he gushed").
  ['tease', 'teases', 'teased'],
  ['gush', 'gushes', 'gushed'],
  ['enthuse', 'enthuses', 'enthused'],
  ['lament', 'laments', 'lamented'],
  ['scoff', 'scoffs', 'scoffed'],
  ['fume', 'fumes', 'fumed'],
  ['mutter', 'mutters', 'muttered'],
  ['murmur', 'murmurs', 'murmured'],
  ['chuckle', 'chuckles', 'chuckled'],
  ['concur', 'concurs', 'concurred'],
  ['interject', 'interjects', 'interjected'],
];

export const SPEECH_VERBS = new Set(BASES.flat());

/** Alternation for regular expressions: the longer forms first so "says" is not read as "say". */
export const SPEECH_VERB_PATTERN = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');

/** Any of the verbs as a word of its own, anywhere in a text. */
export const SPEECH_VERB_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN})(?![\p{L}])`, 'u');

/**
 * The -ing forms of the verbs ("stating that", "saying"), for reading whether a sentence reports speech; not
 * those that mostly mean something else in -ing form ("going to", "reporting requirements", "continuing").
 */
export const SPEECH_GERUND_PATTERN = BASES.map(([base]) => base)
  .filter((base, i, all) => all.indexOf(base) === i && !/^(?:go|put|point|post|report|continue|cry)$/u.test(base))
  .map(gerund)
  .sort((a, b) => b.length - a.length)
  .join('|');

function gerund(base: string): string {
  if (/ee$/u.test(base)) return `${base}ing`;
  if (/ie$/u.test(base)) return `${base.slice(0, -2)}ying`;
  if (/e$/u.test(base)) return `${base.slice(0, -1)}ing`;
  return base === 'admit' ? 'admitting' : `${base}ing`;
}

/**
 * A speech verb whose subject is likely a person: all but those that say nothing of who does them ("Apple teased a
 * new iPhone" names a company). What a name's neighbours say of its kind (name-mentions.ts) asks this.
 */
export function isPersonSpeechVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return SPEECH_VERBS.has(lower) && !DONE_BY_BODIES_TOO.has(lower);
}

const DONE_BY_BODIES_TOO = new Set(['tease', 'teases', 'teased']);
