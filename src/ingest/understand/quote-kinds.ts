import type { QuoteKind } from '../../article/article-schema';
import type { ArticleLayout, QuoteSpot } from './article-layout';
import { FEATURE_NAMES, quoteFeatures, wordBefore } from './quote-kind-features';
import model from './quote-kind-weights.json' with { type: 'json' };
import { agentOfDescribing, cueAfter } from './speech-cues';
import { SPEECH_VERB_PATTERN } from './speech-verbs';
import { isKnownGivenName } from './tagged-terms';

/** The trained model as scripts/quote-kinds/train.ts writes it: one weight per class and feature. */
export type QuoteKindModel = {
  classes: QuoteKind[];
  /** FEATURE_NAMES, then `before:<word>` for each of `wordsBefore` */
  features: string[];
  /** the words before an opening mark that have a weight of their own (see wordBefore) */
  wordsBefore: string[];
  weights: number[][];
  /** a marked text is a quotation when the model gives it at least this probability */
  quotationThreshold: number;
};

/** The names of a model's features: the shaped ones, then one per word before the marks. */
export function featureNamesOf(wordsBefore: readonly string[]): string[] {
  return [...FEATURE_NAMES, ...wordsBefore.map((word) => `before:${word}`)];
}

/** The feature values of one quote, in the order of featureNamesOf(wordsBefore). */
export function quoteVector(layout: ArticleLayout, quote: QuoteSpot, wordsBefore: readonly string[]): number[] {
  const features = quoteFeatures(layout, quote);
  const before = wordBefore(layout, quote);
  return [...FEATURE_NAMES.map((name) => features[name]), ...wordsBefore.map((word) => (word === before ? 1 : 0))];
}

/** Class probabilities of one feature vector (softmax over the classes' linear scores). */
export function kindProbabilities(x: readonly number[], weights: readonly (readonly number[])[]): number[] {
  const scores = weights.map((row) => x.reduce((sum, value, i) => sum + (row[i] ?? 0) * value, 0));
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/**
 * The kind the model picks: "quotation" above the threshold, else the likeliest of the other kinds. `named` says
 * the words before the marks name the text rather than report it ("the so-called"): too rare
 * in the labelled texts for the weights to learn, and never someone's words.
 */
export function pickKind(probabilities: readonly number[], trained: QuoteKindModel, named = false): QuoteKind {
  const quotation = trained.classes.indexOf('quotation');
  if (!named && (probabilities[quotation] ?? 0) >= trained.quotationThreshold) return 'quotation';
  let best = -1;
  probabilities.forEach((p, i) => {
    if (i !== quotation && (best < 0 || p > (probabilities[best] ?? 0))) best = i;
  });
  return trained.classes[best] ?? 'quotation';
}

const trainedModel = model as QuoteKindModel;
// The committed weights are read once per worker (a JSON import); check they fit the features in use.
if (trainedModel.features.join() !== featureNamesOf(trainedModel.wordsBefore).join()) {
  throw new Error(
    'src/ingest/understand/quote-kind-weights.json: its features differ from quote-kind-features.ts; run scripts/quote-kinds/train.ts',
  );
}

const NAMING_LEAD = /(?<![\p{L}])(?:so-called|so called)\s*$/iu;
// "Diane Abbott wrote on social media: “Shameful.”": a speech verb and a colon, then a sentence of its own (a capital,
// and its closing stop inside the marks) are someone's words however short. Too rare among the labelled texts for the
// weights to learn: the one word reads to them as a term.
const STATED_AFTER_COLON = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN})(?:\s+[^\s.!?:;"“”]+){0,4}:\s*$`, 'iu');
const WHOLE_SENTENCE = /^\p{Lu}[^]*[.!?]$/u;
// "The minister said the talks were “constructive”": a speech verb, then in the same sentence a copula right before
// the marks: the speaker's own word for it, however short (one word in marks reads to the weights as a term).
const SAID_IT_WAS = new RegExp(
  String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN})(?![\p{L}])[^.!?:;"“”]{1,80}?(?<![\p{L}])(?:is|was|were|are|been|being|remained|remains|seemed|seems)\s*$`,
  'iu',
);
// "Davies said he wanted an “urgent meeting”", "officers expressed “disgust”", "stating that it was due to a
// “technical error”": a reporting verb of someone's earlier in the sentence, then a fragment in lower case is that
// one's words. Gerunds too; not "called" nor "known as" nor "such as" between, which name a term. The labelled real
// texts are mostly government posts that mark their terms, so the weights read a short fragment as a term; on dev
// and extra texts the rule picks 6 quotations and 2 terms. A verb that praises, blames or apologises reports words
// too ("hailed an “outstanding” display", "apologised for “stealing”"), but not as a passive ("hailed as the ...",
// "was slammed for her “reckless” spending"), where who spoke is not said.
const REPORTED = new RegExp(
  String.raw`(?<![\p{L}])(?:said|says|saying|stated|stating|confirmed|confirming|told|telling|warned|argued|insisted|claimed|claiming|described|describing|accused|accusing|expressed|urged|vowed|dismissed|admitted|admitting|acknowledged|conceded|complained|complaining|stressed|stressing|emphasi[sz]ed|apologi[sz]ed|apologi[sz]ing|(?<!\b(?:was|were|is|are|been|being|be|got)\s+(?:\p{Ll}+ly\s+)?)(?:hailed|praised|lauded|slammed|blasted|critici[sz]ed|condemned|denounced)(?!\s+(?:as|by)\b)|hailing|praising)(?![\p{L}])[^.!?:;"“”]{0,120}$`,
  'u',
);
// "The rocket was “lost” after take-off, the owner Rocket Lab said.": a fragment in a sentence that closes by saying
// whose words it reports is theirs, as one after "said" is (REPORTED); so is one whose main clause so closes before a
// comma ("... has not been “rationing” supply, chairman Ryan Fava said, contradicting claims ...") or before what the
// sentence goes on to say of when ("Turkey was at a “turning point” on Monday, President X said following the vote").
const SAID_AT_SENTENCE_END =
  /^[^.!?"“”]{0,200}?(?<=,)\s+(?!(?:and|but|or|so|yet|while|as|because|though|although|when|if)\b)[^,.!?"“”]{1,60}?\s(?:said|says|added|stated|confirmed|told\s+[^,.!?"“”]{1,30}?)(?:(?:\s+(?:on|in|at|last|this)\s+[^,.!?"“”]{1,30}?)?\s*[.,]|\s+(?:following|after|during)\s)/u;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|the)\s*$/iu;
const NAMING_BETWEEN =
  /(?<![\p{L}])(?:called|calling|known|so-called|dubbed|named|titled|entitled|term|terms|word|words|phrase|like|such as|including|labell?ed|nicknamed|proverb|saying)(?![\p{L}])/iu;
const FRAGMENT = /^\p{Ll}\S*(?:\s+\S+){0,7}$/u;

// "calling him a “wonderful actor”", "called for the “protection of basic rights”", "branded it “hogwash”", "hailed
// him as the “quintessential chameleon”": what someone called someone or something, or called for, in their words
// (LABELLING.md: `called it "a disaster"` is a quotation). Not "a system called “Login.gov”", nor "they started calling
// it “crowdworking”": what a thing is called is often its name; nor "Wallach, hailed as the “...”": who hailed him is
// not said.
const CALLED_SOMEONE =
  /(?<![\p{L}])(?:(?:call|calls|called|calling)\s+(?:him|her|them|us|me|for)|(?:brand|brands|branded|branding)\s+(?:it|him|her|them|this|that|us|me)|(?:hailed|hailing|described|describing)\s+(?:it|him|her|them)\s+as)(?:\s+(?:a|an|the))?\s*$/iu;

// "calling the report ‘a pack of lies’": a thing called "a ..." or "an ...", a judgement of it. Not "Engineers call the
// process “fracking”", "call the bridge “the coathanger”": the name it goes by.
// So is "Barclay called Newman an “incredible trailblazer”": a person called "a ..." by name.
const CALLED_THING =
  /(?<![\p{L}])(?:call|calls|called|calling)\s+(?:(?:the|this|that|these|those|his|her|their|its|\p{Lu}\p{Ll}+['’]s)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(\s+an?)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(\s+an?))\s*$/u;

// "about what she called the “revolving door” of the courts": one person's word for it, in the past (not "what
// acquisition professionals call the “requirements”", a term's name). Case matters: a name is capitalised.
export const WHAT_ONE_CALLED =
  /(?<![\p{L}])[Ww]hat\s+(he|she|I|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*[^s\s])\s+(?:called|termed|described as)(?:\s+(?:a|an|the))?\s*$/u;

/** Whether the marked text is a fragment of words a reporting verb before it in the sentence gives someone. */
function isReportedFragment(text: string, before: string): boolean {
  if ((CALLED_SOMEONE.test(before) || WHAT_ONE_CALLED.test(before)) && FRAGMENT.test(text.trim())) return true;
  const calledThing = CALLED_THING.exec(before);
  if (
    calledThing &&
    FRAGMENT.test(text.trim()) &&
    (calledThing[1] !== undefined || calledThing[2] !== undefined || /^an?\s/u.test(text.trim()))
  )
    return true;
  const reported = REPORTED.exec(before);
  return reported !== null && FRAGMENT.test(text.trim()) && !NAMING_BETWEEN.test(reported[0]);
}

// "the “Southern Charm” star", "“Spread” screenwriter Jason Hall", "NBC's “Today” show": a name in capitals the kind
// of work it names, or one who works in it, follows. The labelled texts have no such titles to learn them from.
const WORK_AFTER =
  /^,?\s+(?:show|series|sitcom|film|movie|album|EP|song|single|book|novel|memoir|play|musical|opera|documentary|podcast|episode|sequel|prequel|franchise|trilogy|saga|star|stars|co-star|actor|actress|director|screenwriter|showrunner|host|creator|author|singer|frontman)(?![\p{L}-])/u;
// "“Boss”, directed by Anthony D'Souza", "“Boss”, an action thriller": the work described right after its title.
// "“A Sun,” Chung's fifth narrative feature film", "“Caribe Suena,” a festival", "“Pink” is a film set in Delhi": the
// same after a possessive, or in a sentence that says what the work is; the genre ends its phrase ("the festival
// organiser" is a person, "a comedy of errors" no work).
const WORK_DESCRIBED_AFTER =
  /^(?:,\s+(?:(?:directed|written|produced|released|published|recorded)\s+by\b|starring\b|(?:an?|the|his|her|their|its|\p{Lu}[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}(?:thriller|comedy|drama|film|movie|feature|album|novel|documentary|musical|series|sitcom|biopic|romance|horror|festival)(?=\s*(?:[,.;:)]|$)|\s+(?:about|by|of|on|for|set|starring|featuring|that|which|from|with|directed|released|in)\b))|\s+(?:is|was)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:thriller|comedy|drama|film|movie|album|novel|documentary|musical|series|sitcom|biopic)(?=\s*(?:[,.;:)]|$)|\s+(?:about|by|set|starring|that|which|directed|released)\b))/u;
// "his film “Boss”", "the new album “Harbour Lights”", "in the journal “Nature”": the kind of work named right before
// its title.
// "for his family drama “A Sun”", "He has also directed “Parking,”": a genre, or a verb of making one, too.
const WORK_BEFORE =
  /(?<![\p{L}-])(?:film|movie|album|song|single|book|novel|memoir|play|musical|documentary|series|sitcom|podcast|show|journal|magazine|newspaper|poem|drama|comedy|thriller|directed|co-directed)\s*$/u;
// "told the Harbour Times newspaper “We will not sell.”", "wrote in his journal “...”": a paper spoken to, or a diary
// written in, not a work named ("said in the journal “Nature”" names one).
const SPOKEN_TO_PAPER =
  /(?<![\p{L}])(?:(?:told|tells|telling)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,4}|(?:in|into)\s+(?:his|her|their|my|our|your)\s+)(?:journal|magazine|newspaper)\s*$/u;
// "share the same motto: “Love for all, hatred for none.”", "the club’s slogan, “Sail with us”": words a body or a
// cause goes by, not someone's words at the time.
const MOTTO_BEFORE = /(?<![\p{L}])(?:motto|slogan|tagline|catchphrase|watchword|rallying cry|battle cry)\s*(?:is|was)?\s*[:,]?\s*$/iu;
const CAPITALISED = /^\p{Lu}/u;
const MAX_TITLE_WORDS = 8;
/** Words a title leaves in lower case ("Gone with the Wind"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'than', 'that', 'this', 'about', 'under', 'after', 'without']);

/**
 * Capitalised, a few words, and its words of four letters or more capitalised (one may not be, among four or more): a
 * work's name, not a sentence ("People are terrified").
 */
function isTitleShaped(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const long = words.filter((word) => word.replace(/\P{L}/gu, '').length >= 4 && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return CAPITALISED.test(text.trim()) && words.length <= MAX_TITLE_WORDS && capitalised >= long.length - (long.length >= 4 ? 1 : 0);
}

// "John ‘Jack’ Emory Peck", "Patricia ‘Pat’ Newman": a name in marks between a given name and a surname is what the
// person is called. The given name must be one the lexicon knows, so "the Labour ‘Leave’ Campaign" is not taken.
// Not after an article: "the Madonna “Celebration” Tour" names a tour.
const GIVEN_NAME_BEFORE = /(?<![\p{L}'’-])(?<!(?:^|\s)(?:the|a|an|The|A|An)\s+)(\p{Lu}\p{Ll}+)\s+$/u;
const NAME_IN_MARKS = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;
const SURNAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

function isNicknameInName(text: string, before: string, after: string): boolean {
  const given = GIVEN_NAME_BEFORE.exec(before)?.[1];
  return given !== undefined && NAME_IN_MARKS.test(text.trim()) && SURNAME_AFTER.test(after) && isKnownGivenName(given);
}

// "Demonstrators chanted ‘No way, we won’t pay’", "a banner reading ‘We’re staying!’": words chanted, or displayed on
// a sign, are slogans (LABELLING.md), however much they read as a sentence.
// "Sign on home says ‘building is unsafe’", "placards with inscriptions such as ‘...’", "a note on the door that said":
// what a sign says, wherever it stands.
const CHANTED =
  /(?<![\p{L}])(?:chanted|chanting|chants?|(?:placards?|banners?|signs?|posters?|billboards?|t-shirts?|stickers?|graffiti|(?:notes?|notices?)(?=\s+(?:on|at|outside|taped|pinned|stuck)\b))(?:\s+[^.!?“”"‘’]{0,50}?)?\s+(?:reading|saying|says|said|reads|read|that (?:read|said|says|reads)|which (?:read|said)|with the words|bearing|such as))\s*[,:]?\s*$/iu;

/**
 * "... were “constructive” and “frank”", "calling it “a pack of lies” and a “propaganda campaign”": what stands
 * between two texts in marks that go together (not "and the": “nearly done” and the “Harbour Belle” is a name).
 */
export const JOINING_QUOTES = /^\s*(?:,|,?\s+(?:and|or|but)(?:\s+(?:a|an))?)\s*$/u;

/** The kind of every text in quote marks, in layout order; a continued part has the kind of what it continues. */
export function quoteKindsOf(layout: ArticleLayout): QuoteKind[] {
  const kinds: QuoteKind[] = [];
  const saidItWas: boolean[] = [];
  const chanted: boolean[] = [];
  layout.quotes.forEach((quote, k) => {
    const previous = kinds[k - 1];
    if (quote.continued && previous) kinds.push(previous);
    else {
      const named = NAMING_LEAD.test(layout.text.slice(Math.max(0, quote.outerStart - 30), quote.outerStart));
      const before = layout.text.slice(Math.max(0, quote.outerStart - 120), quote.outerStart);
      const previousQuote = layout.quotes[k - 1];
      // "“constructive” and “frank”": a text joined to the one before goes with it.
      const joined = previousQuote !== undefined && JOINING_QUOTES.test(layout.text.slice(previousQuote.outerEnd, quote.outerStart));
      const text = layout.text.slice(quote.start, quote.end);
      saidItWas[k] = SAID_IT_WAS.test(before) || isReportedFragment(text, before) || (joined && saidItWas[k - 1] === true);
      chanted[k] = CHANTED.test(before) || (joined && chanted[k - 1] === true);
      // Not a thing named before its marks ("a technique known as “geofencing”", "a “heat dome”"): a term the
      // sentence explains, whoever it says spoke.
      const sentenceBefore = before.slice(before.search(/[^.!?]*$/u));
      const saidAtEnd =
        FRAGMENT.test(text.trim()) &&
        !NAMING_BETWEEN.test(sentenceBefore) &&
        !ARTICLE_BEFORE.test(sentenceBefore) &&
        SAID_AT_SENTENCE_END.test(layout.text.slice(quote.outerEnd, quote.outerEnd + 240));
      // "hailed as “phenomenal” by a senior officer": the words of the one the passive names after them.
      const describedBy = agentOfDescribing(before, layout.text.slice(quote.outerEnd, quote.outerEnd + 160), 0) !== null;
      const stated =
        (WHOLE_SENTENCE.test(text.trim()) && STATED_AFTER_COLON.test(before.slice(-80))) ||
        saidItWas[k] === true ||
        saidAtEnd ||
        describedBy;
      const x = quoteVector(layout, quote, trainedModel.wordsBefore);
      // A comma set inside the marks ("“A Sun,” Chung's fifth feature film") parts the title from what follows.
      const after = (/,$/u.test(text.trim()) ? ',' : '') + layout.text.slice(quote.outerEnd, quote.outerEnd + 60);
      // A title is a name: capitalised, a few words, its long words mostly capitalised ("“It was absolute chaos,” the
      // festival organiser said" is someone's sentence). The genre before it stands in its own paragraph.
      const nearBefore = before.slice(-20);
      const work =
        isTitleShaped(text) &&
        (WORK_AFTER.test(after) ||
          WORK_DESCRIBED_AFTER.test(after) ||
          (!nearBefore.includes('\n') && WORK_BEFORE.test(nearBefore) && !SPOKEN_TO_PAPER.test(before)));
      // "directed “Parking,” “The Fourth Portrait,” “Soul” and “Godspeed,”": titles listed after a title.
      const listed =
        joined ||
        (previousQuote?.block === quote.block &&
          /^[^\S\n]*(?:and|or)?[^\S\n]*$/u.test(layout.text.slice(previousQuote.outerEnd, quote.outerStart)));
      const listedTitle = listed && kinds[k - 1] === 'title' && isTitleShaped(text);
      if (isNicknameInName(text, before, after)) kinds.push('nickname');
      else if (listedTitle) kinds.push('title');
      // Not one defended in someone's words ("Asked about the slogan, “...,” said Lina Haddad.").
      else if (chanted[k] || (MOTTO_BEFORE.test(nearBefore) && !cueAfter(after.split('\n')[0] ?? '', 0))) kinds.push('slogan');
      else if (work) kinds.push('title');
      else kinds.push(stated ? 'quotation' : pickKind(kindProbabilities(x, trainedModel.weights), trainedModel, named));
    }
  });
  return kinds;
}
