import { nlp } from '../nlp';
import { runBefore } from '../text/run-before';
import { BODY_TYPE_WORDS, NAME_JOINERS, OBJECT_PREPOSITIONS } from './name-words';
import { isKnownRoleNoun, isPersonNoun, isRoleInCapitals, isRoleNoun, KIN_NOUNS } from './role-nouns';
import { SPEECH_VERB_PATTERN, SPEECH_VERBS } from './speech-verbs';
import { isKnownGivenName, orgWords } from './tagged-terms';

/**
 * The words of a cue that name who spoke, and where they stand in the article text. `tentative`: read from a subject and a word before a colon that is as often a noun
 * ("The report states:", but "The key points:"): when the phrase names no one it is no cue at all.
 */
export type SpeakerPhrase = { text: string; start: number; tentative?: boolean };

// The end of a word whose last letter is ASCII, as `\b` is there. V8 takes about 100 ms (of every process that
// runs ingest) to compile a `\b` after the long list of speech verbs; this lookahead means the same and takes a tenth.
const WORD_END = String.raw`(?!\w)`;
const VERB = `(?:${SPEECH_VERB_PATTERN})`;
// "Brown has said", "she had told them": an auxiliary stands where an adverb may.
// Words in -ly that are nouns ("a spokesperson for the family said"), not adverbs.
const LY_NOUNS = String.raw`(?:family|ally|rally|assembly|supply|reply|italy|july|bully|monopoly|anomaly|daily|weekly|monthly)`;
// "Trump on Tuesday said": the day stands where an adverb may.
const ADVERB = String.raw`(?:(?!${LY_NOUNS}\s)\p{Ll}+ly\s+|also\s+|further\s+|again\s+|later\s+|then\s+|once\s+|has\s+|had\s+|have\s+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?`;
// Capitalised words that open sentences without naming anyone ("Outside court, ...", "First, ...", "Another resident").
const OPENERS = String.raw`(?:In|On|At|Outside|Inside|After|Before|Speaking|Asked|Earlier|Later|According|During|When|While|Since|With|Without|Despite|Under|Over|For|From|By|As|If|Although|Though|Because|Instead|Meanwhile|However|First|Last|Next|Then|Now|Today|Yesterday|Tomorrow|This|That|These|Those|There|Here|It|Its|But|And|Yet|So|Still|Also|Once|Even|Only|Both|Neither|Few|Many|Some|Most|All|Another|One|Every|Each|Several|No|Not|What|Why|How|Who|The|A|An)`;
// Lower-case words inside a name: "Ministry of the Interior", "Erik ten Hag" (name-words.ts).
const JOINER = `(?:${[...NAME_JOINERS, 'the'].join('|')})`;
const NAME = String.raw`(?!${OPENERS}${WORD_END})(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:${JOINER}\s+)*\p{Lu}[\p{L}'’.-]*){0,5}`;
const PRONOUN = String.raw`(?:he|she|they|it|we|I|He|She|They|It|We)(?![\p{L}'’])`;
// Its words may be initials ("the U.S. ambassador to Israel"), read as "the British envoy to Ukraine" is.
// An age may stand among them, or for the noun: "A 34-year-old woman", "The 51-year-old".
const NOUN_PHRASE = String.raw`(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+(?:(?:(?:\p{Lu}\.){2,}|\p{N}{1,3}-[\p{L}-]+|[\p{L}'’-]+)\s+){0,5}?(?:(?<=[Tt]he\s+)\p{N}{1,3}-year-old|[\p{L}'’-]+)`;
const SUBJECT = `(?:${PRONOUN}|${NAME}|${NOUN_PHRASE})`;
// `," police said.`, `," local officials told reporters.`: a group of people in lower case, after the quotation.
// Not a modifier: a word that joins clauses or points ("as voters said", "and engineers said", "the officials").
const NOT_MODIFIER = String.raw`(?:as|and|or|but|while|when|whilst|that|which|who|because|since|after|before|if|so|until|then|where|though|although|whereas|once|the|a|an|his|her|their|its|our|my|your|some|many|most|other)\s`;
// Adverbs ending in "s", no group's noun: "Hargreaves always says".
const S_ADVERBS = String.raw`(?:always|sometimes|perhaps|afterwards|besides|nevertheless|nonetheless|regardless|towards|thus|unless|whereas|nowadays|anyways)`;
// "Dutch prosecutors said in a statement.": the modifier may be capitalised, as a people's adjective is.
const GROUP_SUBJECT = String.raw`(?:(?!${NOT_MODIFIER})(?:\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+|\p{Lu}{2,}|(?:\p{Lu}\.){2,})\s+)?(?:police|(?!${S_ADVERBS}${WORD_END})\p{Ll}[\p{Ll}-]+(?:s|men))(?![\p{L}'’])`;
const GROUP_AFTER_SUBJECT = new RegExp(String.raw`^[\s,–—-]*(${GROUP_SUBJECT})\s+${ADVERB}(${VERB})${WORD_END}`, 'u');
// After "said", a role may come before the name without an article: "said market manager Olu Bankole".
// An abbreviated role word keeps its stop ("Special Asst. to the Secretary"), and a body's initials in brackets stand
// among the words ("Immigration and Customs Enforcement’s (ICE) Acting Director John Sandweg").
const ROLE_THEN_NAME = String.raw`(?:(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}[\p{Ll}-]*|\(\p{Lu}[\p{Lu}\p{N}&.-]*\))\s+){1,12}?${NAME}`;
// `," wrote @jane_roe.`: an account's handle, who posted the words (the tagger takes no handle for a name).
export const HANDLE = String.raw`@[A-Za-z0-9_]{1,30}(?![\w@])`;
const SUBJECT_AFTER_VERB = `(?:${SUBJECT}|${ROLE_THEN_NAME}|${HANDLE})`;
// Titles shortened with a full stop before a name ("Sen. Jane Roe", "Gen. Michael Kurilla"): the stop ends no phrase.
const TITLE_ABBREVIATION = String.raw`(?:Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Det|Insp|Supt|Pres|Amb|Sec|Atty)`;
// Where the speaker's name ends after "said": a comma, a full stop, or time and place ("on Monday"); never at a full
// stop inside initials ("U.S. Immigration and Customs Enforcement" is no "U.S" and a full stop; "Soldier F," ends).
// A body's initials in brackets end it too ("said Bank Negara Malaysia (BNM).").
const PHRASE_END = String.raw`(?:(?<!(?:^|[\s.])\p{Lu}|\b${TITLE_ABBREVIATION})(?=\s*\.)|(?=\s*[,;:!?)]|\s+(?:on|in|at|during|after|before|when|while|as|from|to|last|this|yesterday|today|earlier|later|who|whose)${WORD_END}|\s*$|\s+\(\p{Lu}{2,}[\p{Lu}\p{N}&-]*\)\s*(?:[.,;:!?]|$)))`;

// After the quotation: `," said X`, `," X said`, `," X, the chair of Y, said`, `", according to X`.
// Right after a quotation, "shared" and "shares" report it too ("“We are understaffed,” shared one hospital worker.",
// "“...,” Dr. Agoziem shares."), where elsewhere it mostly tells of something else ("shared a photo", "KSE-30 shares").
const VERB_AFTER_QUOTE = `(?:${SPEECH_VERB_PATTERN}|shared|shares)`;
const AFTER_VERB_FIRST = new RegExp(String.raw`^[\s,–—-]*(${VERB_AFTER_QUOTE})\s+(${SUBJECT_AFTER_VERB})${PHRASE_END}`, 'u');
// `," said Mansfield’s daughter.`: one known by whose kin they are, not the one named; not when the name follows
// (`," said Moi’s son, Senator Gideon Moi.`), which the other rules read.
const KIN = `(?:${[...KIN_NOUNS].join('|')})`;
const AFTER_VERB_KIN = new RegExp(
  String.raw`^[\s,–—-]*(${VERB_AFTER_QUOTE})\s+(${NAME}['’]s?\s+(?:[\p{Ll}-]+\s+)?${KIN})(?!,\s+\p{Lu})${PHRASE_END}`,
  'u',
);
// `," said the mayor, Jane Roe.`: the name the role is given, not the role.
const AFTER_VERB_ROLE_NAME = new RegExp(String.raw`^[\s,–—-]*(${VERB_AFTER_QUOTE})\s+${NOUN_PHRASE},\s+(${NAME})${PHRASE_END}`, 'u');
const AFTER_SUBJECT_FIRST = new RegExp(String.raw`^[\s,–—-]*(${SUBJECT})\s+${ADVERB}(${VERB_AFTER_QUOTE})${WORD_END}`, 'u');
/** Papers filed in court, which speak as a statement does ("the suit reads", "the lawsuit claims that ..."). */
export const COURT_PAPERS = ['suit', 'lawsuit', 'complaint', 'filing', 'petition', 'indictment'];
// `," the statement read.`: what a statement, letter or sign "reads" is its words ("read" is no speech verb elsewhere);
// `," both termination letters read.`: several papers' words alike; `," the alert read.`: a warning's.
const AFTER_DOCUMENT_READ = new RegExp(
  String.raw`^[\s,–—-]*((?:the|a|an|his|her|its|their|both)\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|note|post|tweet|release|notice|sign|banner|text|posting|alert|warning|bulletin|${COURT_PAPERS.join('|')})s?)\s+(?:read|reads)${WORD_END}`,
  'u',
);
// `," read the statement.`, `," began the release.`: the same, the verb first. A body's statement only: a letter's or
// a note's words are its writer's, whom the text may not name ("pupils wrote to their head teacher").
const AFTER_READ_DOCUMENT = new RegExp(
  String.raw`^[\s,–—-]*(?:read|reads|began|begins|continued|continues|concluded|concludes|ended|ends)\s+((?:the|its|their)\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[eé]))${PHRASE_END}`,
  'u',
);
// `," spokesman Dmitry Peskov told reporters.`, `," coach Jurgen Klopp said.`: a role in lower case, the name, the verb.
// `," another Madison resident, Justin Ziemek, said.`: a description, then the name it is given, set off by commas.
const AFTER_ROLE_COMMA_NAME = new RegExp(String.raw`^[\s,–—-]*${NOUN_PHRASE},\s+(${NAME}),\s+${ADVERB}(${VERB})${WORD_END}`, 'u');
// `," Kaufman Bros. analyst Raimundo Archibold Jr. told investors.`: a body's name may stand before the role, and
// an article with words that describe the one who holds it (`," a visibly upset defense attorney Robert Hamilton said`).
const AFTER_ROLE_NAME_FIRST = new RegExp(
  String.raw`^[\s,–—-]*((?:${NAME}\s+)?(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}${NAME})\s+${ADVERB}(${VERB})${WORD_END}`,
  'u',
);
// `," Muriithi who is now the CEO said.`: a relative clause, unpunctuated, between the name and its verb.
const WHO_CLAUSE = String.raw`\s+who\s+(?:is|was|are|were|has|have|had)\s+[^"“”.,;:!?]{1,80}?`;
const AFTER_NAME_WHO = new RegExp(String.raw`^[\s,–—-]*(${NAME})${WHO_CLAUSE}\s+${ADVERB}(${VERB})${WORD_END}`, 'u');
const AFTER_APPOSITIVE = new RegExp(String.raw`^[\s,–—-]*(${NAME}),[^"“”.]{1,100}?,\s+${ADVERB}(${VERB})${WORD_END}`, 'u');
// `," virologist Elke Wollants, laboratory manager at the Rega Institute of KU Leuven, told VRT NWS.`: a role in lower
// case before the name (cueAfter checks it is one), then what they are set off by commas; the outlet told does not speak.
const AFTER_ROLE_NAME_APPOSITIVE = new RegExp(
  String.raw`^[\s,–—-]*((?:\p{Ll}[\p{Ll}-]*\s+){1,3}${NAME}),[^"“”.]{1,100}?,\s+${ADVERB}(${VERB})${WORD_END}`,
  'u',
);
// `," the elderly woman, a resident of the village, told Lusa.`, `," the woman, 81, said.`: someone described, then
// words or an age set off by commas (cueAfter checks the description ends in a noun for a person).
const AFTER_DESCRIBED_APPOSITIVE = new RegExp(
  String.raw`^[\s,–—-]*((?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}([\p{Ll}-]+)),\s+(?:\p{N}{1,3}|(?:a|an|the|who|whose)\s[^"“”.]{1,100}?),\s+${ADVERB}(${VERB})${WORD_END}`,
  'u',
);
// `," Ben van Beurden, CEO of Shell said.`: the role set off before it, with no comma after (cueAfter checks its
// first word is a role's).
const AFTER_NAME_ROLE = new RegExp(
  String.raw`^[\s,–—-]*(${NAME}),\s+((?:the\s+)?[\p{L}-]+)[^"“”.,;]{0,80}?\s+${ADVERB}(${VERB})${WORD_END}`,
  'u',
);
// "“...” – IRS Commissioner Danny Werfel": a name after a dash, ending the paragraph or its sentence.
const AFTER_DASH = new RegExp(String.raw`^\s*[–—-]+\s*(${NAME}|${ROLE_THEN_NAME})(?=\s*(?:[.,;(]|$))`, 'u');
const AFTER_ACCORDING = new RegExp(String.raw`^[\s,–—-]*according to\s+(${SUBJECT})${PHRASE_END}`, 'u');
// "according to a statement from the Ministry of Finance": the body whose statement it is speaks, not the statement.
const STATEMENT_FROM = String.raw`ccording to\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|release|announcement|notice|letter|post)\s+(?:(?:issued|released|published|posted)\s+)?(?:from|by)\s+(${NAME}|the\s+${NAME})${PHRASE_END}`;
const AFTER_STATEMENT_FROM = new RegExp(String.raw`^[\s,–—-]*a${STATEMENT_FROM}`, 'u');

// "... told the BBC.", "... told Reuters on Monday,", "... told her.": to whom, then the sentence's end.
const TOLD_SOMEONE =
  /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}|her|him|them|us|me|journalists)(?:\s+(?:on|in|at|last|this)\s+[^.!?"“”]{1,30})?\s*(?:[.,;]|$)/u;

/** A cue right after a quotation, and whether it is only an attribution (`he said.`) or starts a new statement. */
/**
 * "“We regret to announce” that the concerts have been cancelled, BTS agency Big Hit Entertainment said in a
 * statement.": past the words' own clause, the one who said the whole sentence. Only for a quotation that opens its
 * sentence: after a noun, "that" opens a clause of the noun's ("an “unbearable stench” that has hung over ...").
 */
export function cueAfterOwnClause(written: string, offset: number): (SpeakerPhrase & { bare: boolean }) | null {
  const thatClause = THAT_CLAUSE.exec(written);
  if (!thatClause) return null;
  const said = cueAfter(written.slice(thatClause[0].length), offset + thatClause[0].length);
  return said?.bare ? said : null;
}

const THAT_CLAUSE = /^\s+that\s+[^"“”.!?;:]{5,150}?,(?=\s+\S)/u;

// "... has been hailed as “phenomenal” by a senior officer.": words a passive verb of describing gives, and their
// speaker, the verb's agent, after them. Only a passive ("what he described as “a betrayal” by the government" is his
// words, the government its object), and an agent that is no time ("by the end of its first season").
// Verbs of describing, which say what someone called a thing (here and in DESCRIBED_BY below).
const DESCRIBING_VERB = String.raw`(?:described|likened|compared|branded|labell?ed|dubbed|called|critici[sz]ed|characteri[sz]ed|hailed|lauded|denounced|condemned|dismissed|praised|slammed)`;
const DESCRIBED_AS = new RegExp(
  String.raw`(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?${DESCRIBING_VERB}\s+as\s*$`,
  'u',
);
const AGENT_AFTER = new RegExp(
  String.raw`^\s*by\s+(?!(?:the|a|an|its|their)\s+(?:end|start|beginning|middle|close|time|turn)\b)(${SUBJECT}|${ROLE_THEN_NAME})${PHRASE_END}`,
  'u',
);

/** The agent after words a passive verb of describing gave before them ("hailed as “...” by X"), or null. */
export function agentOfDescribing(before: string, written: string, offset: number): SpeakerPhrase | null {
  if (!DESCRIBED_AS.test(before)) return null;
  const agent = AGENT_AFTER.exec(written);
  return agent ? phrase(agent, 1, offset) : null;
}

export function cueAfter(written: string, offset: number): (SpeakerPhrase & { bare: boolean }) | null {
  const after = withoutPartyTags(written);
  for (const pattern of [
    AFTER_VERB_ROLE_NAME,
    AFTER_VERB_FIRST,
    AFTER_VERB_KIN,
    AFTER_APPOSITIVE,
    AFTER_ROLE_NAME_APPOSITIVE,
    AFTER_DESCRIBED_APPOSITIVE,
    AFTER_NAME_ROLE,
    AFTER_SUBJECT_FIRST,
    AFTER_NAME_WHO,
    AFTER_ROLE_COMMA_NAME,
    AFTER_DOCUMENT_READ,
    AFTER_READ_DOCUMENT,
    AFTER_ROLE_NAME_FIRST,
    GROUP_AFTER_SUBJECT,
    AFTER_STATEMENT_FROM,
    AFTER_ACCORDING,
    AFTER_DASH,
  ]) {
    const match = pattern.exec(after);
    if (!match) continue;
    // Only a role's words before the name ("spokesman", "opposition leader"), not a clause ("and then Jane Roe").
    if ((pattern === AFTER_ROLE_NAME_FIRST || pattern === AFTER_ROLE_NAME_APPOSITIVE) && !isRoleBeforeName(match[1] as string)) continue;
    if (pattern === AFTER_NAME_ROLE && !isRoleNoun((match[2] as string).replace(/^the\s+/u, ''))) continue;
    if (pattern === AFTER_DESCRIBED_APPOSITIVE && !isPersonNoun(match[2] as string)) continue;
    const verbFirst = pattern === AFTER_VERB_FIRST || pattern === AFTER_VERB_ROLE_NAME || pattern === AFTER_VERB_KIN;
    // `," JCTU President, Helene Davis Whyte, told ...`: a role in capitals, then the name set off by commas.
    const named = pattern === AFTER_APPOSITIVE ? nameAfterRoleInCapitals(match[0], match[1] as string) : null;
    const subject = named ?? withoutSentenceStop(match[verbFirst ? 2 : 1] as string);
    const said = describedName(subject) ?? subject;
    const start = offset + match.index + match[0].indexOf(said, verbFirst ? (match[1] as string).length : 0);
    const whereFrom = verbFirst ? bodyAfterRole(said, after.slice(match[0].length)) : '';
    const text = `${said}${whereFrom}`;
    const rest = after.slice(match[0].length + whereFrom.length);
    // `X said on Monday.`, `X said when asked about it.` attribute; `X said the plan was sound.` is a new statement.
    const bare =
      /^(?:\s+(?:on|in|at|during|after|before|when|while|as|to|from|last|this|yesterday|today|earlier|later|in a statement|to reporters|reporters)\b[^.!?"“”]{0,50})?\s*(?:[.,;:!?]|$)/u.test(
        rest,
      ) ||
      /^\s+reporters\b/u.test(rest) ||
      /^\s+[^.!?"“”]{0,40}[,:]\s*$/u.test(rest);
    // A group only attributes ("police said.", "witnesses told the BBC."): in `police said the man shouted` the
    // words are someone else's, and in `as voters said` the clause is another's.
    if (pattern === GROUP_AFTER_SUBJECT && !bare && !TOLD_SOMEONE.test(rest)) continue;
    const according = pattern === AFTER_ACCORDING || pattern === AFTER_STATEMENT_FROM;
    return { text, start, bare: bare || verbFirst || according || pattern === AFTER_DASH };
  }
  return null;
}

const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The name between the commas after a role in capitals ("JCTU President, Helene Davis Whyte, told"), or null. */
function nameAfterRoleInCapitals(cue: string, before: string): string | null {
  const last = before.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (!isKnownRoleNoun(last)) return null;
  const between =
    cue
      .slice(cue.indexOf(before) + before.length)
      .split(',')[1]
      ?.trim() ?? '';
  return NAME_ONLY.test(between) ? between : null;
}

/**
 * "a visibly upset defense attorney Robert Hamilton", "the 93-year-old Almeida": the name a role or an age described
 * after an article is given.
 */
function describedName(subject: string): string | null {
  if (!/^(?:a|an|the)\s/iu.test(subject)) return null;
  // "the family of murdered teenager Ann Fox", "a source close to singer Ann Fox", "the lawyer representing ...": the
  // one the phrase is about is another than the one named.
  if (/\s(?:of|for|to|with|at|from|by|near|behind|representing|close)\s/iu.test(subject)) return null;
  const name = NAME_AT_END.exec(subject);
  const role = name ? /([\p{Ll}\p{N}][\p{Ll}\p{N}-]*)\s+$/u.exec(subject.slice(0, name.index))?.[1] : undefined;
  return name && role && (isRoleNoun(role) || /^\p{N}{1,3}-year-old$/u.test(role)) ? name[0] : null;
}

const NAME_AT_END = new RegExp(String.raw`(?<=\s)\p{Lu}[\p{L}'’.-]*(?:\s+(?:${JOINER}\s+)*\p{Lu}[\p{L}'’.-]*){0,5}$`, 'u');

/** A full stop ending a speaker's phrase is the sentence's, not the name's, unless it closes an initial ("Roe." but "F."). */
const withoutSentenceStop = (name: string): string => name.replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '');

/**
 * Whether the lower-case words before a name ending in capitals are a role's: a role noun right before the capitals
 * ("spokesman Dmitry Peskov"), or only words that date the role in capitals after them ("acting NASA Administrator
 * Steve Jurczyk"; "that former Director ... James Clapper" opens a clause of its own).
 */
function isRoleBeforeName(phrase: string): boolean {
  const beforeCapitals = /(\p{Ll}[\p{Ll}-]*)\s+\p{Lu}/u.exec(phrase)?.[1] ?? '';
  if (isRoleNoun(beforeCapitals)) return true;
  // "BTS agency Big Hit Entertainment": the kind of body the name after it is, and no other words in lower case.
  if (BODY_TYPE_WORDS.has(beforeCapitals) && (phrase.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]*/gu) ?? []).length === 1) return true;
  const words = /^(?:\p{Ll}[\p{Ll}-]*\s+)+/u.exec(phrase.trimStart())?.[0] ?? '';
  const lower = words.trim().split(/\s+/u);
  if (words && lower.every((word) => ROLE_MODIFIERS.test(word))) return true;
  // "president and CEO Michael McCain", "founder and MD Ann Vale": two roles one holds, the second in initials.
  return (
    lower.at(-1) === 'and' &&
    lower.length >= 2 &&
    lower.slice(0, -1).every((word) => ROLE_MODIFIERS.test(word) || isRoleNoun(word)) &&
    /^\p{Lu}{2,4}\s+\p{Lu}/u.test(phrase.trimStart().slice(words.length))
  );
}

/** Words that say when or how someone holds a role: "acting", "former", "interim" (NASA Administrator). */
const ROLE_MODIFIERS = /^(?:acting|former|interim|outgoing|incoming|deputy|caretaker)$/u;

// Where a described speaker works, after "from" or "at": "the" and a body's name ("the State Department", "the
// Mississippi project team"); "from Kyiv" is where the speaker was.
const BODY_AFTER_ROLE = /^\s+(?:from|at)\s+the\s+(?=\p{Lu})[^.,;:!?"“”()]{1,80}?(?=\s*[.,;:!?]|\s*$)/u;

/**
 * The rest of a described speaker that "said" ended early at "from" or "at", which after a name give a place or
 * time (`said Jane Roe at a briefing`) but after a role give the body the role is held in: `said a representative
 * from the Mississippi project team`, `said an official at the State Department`. '' when there is none.
 */
function bodyAfterRole(subject: string, rest: string): string {
  const words = subject.split(/\s+/u);
  if (!/^(?:a|an|the|one)$/iu.test(words[0] ?? '') || words.length > 4) return '';
  const head = words.at(-1) ?? '';
  if (!isRoleNoun(head) && !/^(?:team|staff)$/iu.test(head)) return '';
  const body = BODY_AFTER_ROLE.exec(rest)?.[0] ?? '';
  return body.trim().split(/\s+/u).length <= 9 ? body : '';
}

// Forms that inside a sentence more often do something else than report words: nouns ("the sticking point", "a
// report", "his answers"), base forms ("to say", "ask your ISSO"), and present forms that more often take an object
// ("she remembers the day", "it reminds us"). Inside a sentence only the other forms, mostly the past tense, are cues;
// before a colon or a quotation (the patterns above and below) every form is.
const NOUN_LIKE = new Set([
  'point',
  'points',
  'put',
  'puts',
  'go',
  'goes',
  'post',
  'posts',
  'report',
  'reports',
  'note',
  'notes',
  'comment',
  'comments',
  'claim',
  'claims',
  'state',
  'states',
  'counter',
  'counters',
  'call',
  'calls',
  'cry',
  'cries',
  'joke',
  'jokes',
  'remark',
  'remarks',
  'demand',
  'demands',
  'promise',
  'promises',
  'tweet',
  'tweets',
  'vow',
  'vows',
  'sigh',
  'sighs',
  'laugh',
  'laughs',
  'stress',
  'caution',
  'cautions',
  'plead',
  'reply',
  'replies',
  'continue',
  'continues',
  'add',
  'ask',
  'say',
  'tell',
  'write',
  'describe',
  'agree',
  'respond',
  'reveal',
  'admit',
  'warn',
  'urge',
  'confirm',
  'announce',
  'insist',
  'explain',
  'suggest',
  'argue',
  'deny',
  'concede',
  'conclude',
  'complain',
  'maintain',
  'predict',
  'recall',
  'observe',
  'acknowledge',
  'declare',
  'assert',
  'allege',
  'answer',
  'answers',
  'wonder',
  'wonders',
  'reflect',
  'reflects',
  'muse',
  'muses',
  'quip',
  'quips',
  'retort',
  'retorts',
  'remember',
  'remembers',
  'recommend',
  'recommends',
  'remind',
  'reminds',
  'advise',
  'assure',
  'speculate',
  'elaborate',
  'exclaim',
  'proclaim',
  'contend',
]);
const CLAUSE_VERBS = [...SPEECH_VERBS]
  .filter((verb) => !NOUN_LIKE.has(verb))
  .concat([
    'expected',
    'expects',
    'believed',
    'believes',
    'hoped',
    'hopes',
    'feared',
    'fears',
    'thought',
    'thinks',
    'estimated',
    'estimates',
    'wanted',
    'wants',
    'dismissed',
    'welcomed',
    'condemned',
    'accused',
    'blamed',
    'praised',
    'labelled',
    'labeled',
    'branded',
    'pledged',
    'called',
    // "X defended the plan, saying, “...”": the participle reports X's words. "X conceded ... while telling his
    // supporters to “stay tuned”": the sentence's subject, not a name the clause before passed.
    'saying',
    'adding',
    'telling',
    'noting',
    'insisting',
    'declaring',
    'urging',
    'arguing',
    'explaining',
    'stressing',
    'claiming',
    'summed',
  ]);
// After a court paper, "claims" is its verb, not a noun ("The family's lawsuit claims that ...").
const COURT_PAPER_CLAIMS = String.raw`(?<=\b(?:${COURT_PAPERS.join('|')})\s)claims`;
const VERB_IN_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}'’-])(${CLAUSE_VERBS.sort((a, b) => b.length - a.length).join('|')}|${COURT_PAPER_CLAIMS})(?![\p{L}'’-])`,
  'gu',
);
const ADVERB_END = String.raw`\s*,?\s+${ADVERB}$`;
// The subject right before the verb, tried from the tightest kind: "he said", "Aalto said", "the party said".
// A name right after "the" is part of a noun phrase ("the Bellmoor Gallery", "The Dutchman").
// A name that opens the subject: not inside a noun phrase nor the object of a preposition.
const NOT_INSIDE = String.raw`(?<!(?:\b(?:[Tt]he|[Aa]n?|${OBJECT_PREPOSITIONS.join('|')})|\p{Lu}[\p{L}'’.-]*)\s+)`;
const SUBJECTS_AT_END = [
  PRONOUN,
  // Nor the object of a preposition: in "Lawyers for Julian Assange said", the lawyers speak.
  String.raw`${NOT_INSIDE}${NAME}`,
  // "Sgt. Cassandra Davis with the Little Rock Police Department said", "David O'Connor of Toronto-based Roy O'Connor
  // LLP says": the name, with where they work.
  String.raw`${NOT_INSIDE}${NAME}\s+(?:with|of|from|at)\s+(?:the\s+|\p{Lu}[\p{L}'’.-]*-based\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,5}`,
  // Not across "and": "in a tournament and the Malaysian said" is the Malaysian.
  String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!(?:and|or|but)\s)[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+`,
  // "a group of officers watched and one said": one of them, unnamed.
  String.raw`[Oo]ne`,
].map((subject) => new RegExp(String.raw`(?:^|[^\p{L}'’-])(${subject})${ADVERB_END}`, 'u'));
// A sentence's opening phrase before its subject: "But", "In a statement,", "Taking to Twitter,".
// "KUALA LUMPUR: Datuk Seri Anwar Ibrahim has taken a swipe ...": a dateline's place in capitals and its colon open
// the sentence before its subject.
const INTRO = String.raw`(?:\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}:\s+)?(?:(?:But|And|Yet|So|However|Still|Later|Now|Then|Meanwhile|Instead),?\s+|(?:In|On|At|Outside|Inside|After|Before|Speaking|Asked|Earlier|During|When|While|Since|With|Under|From|By|Despite|\p{Lu}\p{Ll}{2,}ing(?=\s+(?:to|on|about|at|in|with|from|after|before|during|for|the|a|an|his|her|their|its|reporters|journalists)${WORD_END}))${WORD_END}[^,]{0,120},\s+)?`;
const SUBJECT_AT_START = new RegExp(String.raw`^${INTRO}(${SUBJECT}|${ROLE_THEN_NAME})`, 'u');
// "Peter Muriithi who is now the CEO of the utility said": the name, not the role its clause gives.
// Only a name that opens the sentence: in "The hiker who found Tom Vale who had been missing said" the hiker speaks.
const NAME_WHO_AT_END = new RegExp(String.raw`^${INTRO}(${NAME})${WHO_CLAUSE}${ADVERB_END}`, 'u');
// "Minister of Primary and Secondary Education, Curtis King, said": a title with its portfolio in capitals, then a
// name of two words or more set off by commas (not "The Mayor of Springfield, Illinois, said"), then the verb.
const TITLE_COMMA_NAME = new RegExp(
  String.raw`^${INTRO}(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}'’-]*)){0,8},\s+(?=\p{Lu}\S*\s+\p{Lu})(${NAME}),\s+${ADVERB}${VERB}${WORD_END}`,
  'u',
);
// "The plan was welcomed by ..., Oisín Coghlan, who described it as a “...”": a clause of the name's own that speaks,
// whatever the sentence's own verb, the quotation still inside it (not "Tom Kiprop, who denied the charges, was “...”").
const WHO_SPEAKS = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}),\s+who\s+${ADVERB}${VERB}${WORD_END}[^"“”.!?;,]{0,80}$`, 'u');
// "This assurance came from the Chief Education Officer, Karen Best who said: “...": with no comma after the name, a
// name set off by a comma before it (an appositive's), and only the verb right before the quotation ("Another
// supporter from Jinja who added" names a place).
const WHO_SAID_AT_END = new RegExp(String.raw`,\s+(${NAME})\s+who\s+${ADVERB}${VERB}\s*[,:]?\s*$`, 'u');
// "Peter Knott, area director, Arts Council England said": the name, then its role in lower case and the body it is
// held at (no article: "Tom Vale, a teacher, Ann Fox said" lists two people), with no comma before the verb; the body
// does not speak.
const NAME_ROLE_BODY_AT_END = new RegExp(
  String.raw`^${INTRO}(${NAME}),\s+((?!(?:a|an|the)\s)(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}[\p{Ll}-]*)),\s+${NAME}${ADVERB_END}`,
  'u',
);
// "Deirdre Fox, Offaly Volunteer Centre commented:": a person's name, then the body they speak from (its last word a
// body's: cueBefore checks), no comma before the verb; the body does not speak.
const NAME_BODY_AT_END = new RegExp(String.raw`^${INTRO}(${NAME}),\s+${NAME}\s+(\p{Lu}\p{Ll}+)${ADVERB_END}`, 'u');
// "CNN media writer Dylan Byers, ... wrote", "Apple chief executive Tim Cook said": a body, its person's role in common
// nouns, then the person's name, which a name alone would stop short of (at "CNN"). A surname alone after a role's
// noun ("Pakistan captain Agha rued ... but acknowledged"): cueBefore checks the noun.
const BODY_ROLE_PERSON = new RegExp(
  String.raw`^${INTRO}(${NAME}\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})\p{Lu}[\p{L}'’.-]*((?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))(?![\p{L}'’.-])`,
  'u',
);
const VERB_THEN_SUBJECT = new RegExp(String.raw`^[\s,–—-]*(?:${VERB})\s+(${SUBJECT_AFTER_VERB})${PHRASE_END}`, 'u');
// Only at the clause's start: "Its duty officer, Rune Aalto, said", not "works with Mississippi, California, and ...".
// The first may be someone's ("Ms Wu's colleague"), the name given a role in lower case ("economist Tom Brady"), but
// not a body's ("chief executive of Harbour Group": no preposition among the role's words), nor follow a clause
// ("The Trust, which runs Penhallow, said": cueBefore checks the words are a role's).
// "Defense attorney, Linton Gordon, ... said": a role in lower case but for the capital that opens the sentence.
// Its last word is built as a role's ("attorney", "resident", "campaigner"): "Earlier this month, ..." names no one.
// Nor a phrase that opens with a participle or a preposition ("Flanked by her lawyer, Tom Vale, Ann Fox said").
const OPENING_ROLE = String.raw`(?!(?:Unlike|Alongside|Beside|Like|With|Without|Before|After|Among|Behind)${WORD_END})(?!\p{Lu}\p{Ll}+(?:ed|ing)${WORD_END})\p{Lu}\p{Ll}+(?:\s+(?!(?:by|her|his|their|its|the|a|an|of|to|with|beside|and|or)\b)\p{Ll}[\p{Ll}-]*){0,2}\s+(?:attorney|lawyer|counsel|\p{Ll}+(?:er|or|ist|ian|man|woman|person|ant|ent))`;
const APPOSITIVE_NAME = new RegExp(
  String.raw`^${INTRO}(?:${NOUN_PHRASE}|${NAME}(?:['’]s\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?|${OPENING_ROLE}),\s+((?:(?!(?:of|for|at|to|in|on|with|from|and|or|the|a|an|which|who|whom|whose|that|where|when|while|as)\s)\p{Ll}[\p{Ll}-]*\s+){0,3})(${NAME}),`,
  'u',
);
// Not "what he views as his side's critics and said that ...": a subject ends on no "and", "or" or "but".
const AS_PUT_IT = new RegExp(String.raw`(?:^|\s)[Aa]s\s+(${SUBJECT})(?<!\s(?:and|or|but))\s+(?:put it|${VERB})${WORD_END}[^.!?]*$`, 'u');
// "Statements like these, argues Miroslava Abelova of Greenpeace Slovakia, are proof of ... “...”": a speech verb and
// its speaker set off by commas inside the sentence, the subject after the verb. Not "told" or "asked", whose name is
// the one spoken to.
const PARENTHETICAL_SPEAKER = new RegExp(
  String.raw`\S,\s+(?:says|said|argues|argued|adds|added|notes|noted|explains|explained|insists|insisted|warns|warned|contends|contended|writes|wrote|claims|claimed)\s+(${NAME}|${ROLE_THEN_NAME}|${NOUN_PHRASE})(?:\s+(?:of|from|at|with)\s+(?:the\s+)?[^,.;:!?“”"]{1,60})?,\s+\p{Ll}`,
  'u',
);
const REPORTING_OR_DESCRIBING = new RegExp(String.raw`(?<![\p{L}])(?:${DESCRIBING_VERB}|call|calls|calling)(?![\p{L}])`, 'u');
// "X issued the following statement: “...": a statement announced, then given.
const GAVE_STATEMENT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\s.,]*\s[–—-]+\s+)?${INTRO}(${SUBJECT}|${ROLE_THEN_NAME})(?:,[^,]{1,100},)?\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|made|gave|delivered|provided|shared|sent)\s+(?:the\s+following|a|this|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|remarks|message|letter)${WORD_END}[^.!?“”"]{0,120}:\s*$`,
  'u',
);
// "The report from Yesmail states: “...": a subject and a speech verb right before the colon, even one that is
// mostly a noun in running text ("states", "notes", "writes").
// "The PM said today:": when, between the verb and the colon.
const SUBJECT_VERB_COLON = new RegExp(
  String.raw`^${INTRO}(${SUBJECT}|${ROLE_THEN_NAME})\s+${ADVERB}(?:${VERB})(?:\s+(?:today|yesterday|tonight|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?:\s*$`,
  'u',
);
// "Sergeant Mike Rose, of Devon and Cornwall Police said: “...": the name, then where they are from set off by a comma.
const NAME_OF_BODY_VERB = new RegExp(
  String.raw`^${INTRO}(${NAME}|${ROLE_THEN_NAME}),\s+(?:of|from|at|with)\s+[^,.!?:;“”"]{2,80}?,?\s+${ADVERB}(?:${VERB})(?:\s+that)?[,:]?\s*$`,
  'u',
);
// "Quotes from participants: “...", "Some comments from the fans include: “...": words announced as someone's, the
// quotations following.
const QUOTES_FROM =
  /(?:^|[^\p{L}])(?:[Qq]uotes|[Cc]omments|[Ff]eedback|[Tt]estimonials|[Rr]eactions)\s+from\s+((?:(?:the|some|our|a|an|one)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(\s+(?:include|included|includes|were|are))?\s*:?\s*$/u;
// "Senator John Kerry's statement read: “...": whose statement, letter or message it is speaks.
const OWN_DOCUMENT = new RegExp(
  String.raw`^${INTRO}(${NAME}|${ROLE_THEN_NAME})['’]s?\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|e-?mail|post|tweet|note|memo)\s+(?:read|reads|said|says|stated|states|added|continued|concluded)(?:\s+that)?[,:]?\s*$`,
  'u',
);
// "The statement partly read, “...": what a statement reads is its words, its issuer's (resolve-speaker.ts).
const DOCUMENT_READ = new RegExp(
  String.raw`^${INTRO}((?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|note|release|notice))\s+(?:(?:partly|partially|also|further)\s+)?(?:read|reads)(?:\s+in\s+part)?[,:]?\s*$`,
  'u',
);
// "A short three-sentence statement by Scott in March said only: “...": the one a statement is by speaks.
const DOCUMENT_BY_SAID = new RegExp(
  String.raw`^${INTRO}(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|letter|message|note|release|post|tweet)\s+(?:from|by)\s+(?:the\s+)?(${NAME})(?:\s+(?:in|on|at|last|this|earlier)\s+[^,:;“”"]{1,30}?)?\s+(?:said|says|read|reads|stated|states)(?:\s+(?:only|in\s+part|partly))?[,:]?\s*$`,
  'u',
);
// "..., with a leading academic saying “...”", "with Mayor Jane Roe adding that “...”": the one the "with" clause
// gives the words to speaks, not the sentence's subject.
const WITH_SAYING = new RegExp(
  String.raw`(?:^|[,;]\s*|\s)with\s+(${NOUN_PHRASE}|${NAME}|${ROLE_THEN_NAME})\s+(?:saying|adding|noting|warning|arguing|insisting|claiming|stating)(?:\s+that)?\s*[,:]?\s*$`,
  'u',
);
// "opened the event by quoting Microsoft CEO Satya Nadella, saying “...": the one quoted speaks, not the subject.
const QUOTING = new RegExp(
  String.raw`(?<![\p{L}])(?:quoting|quoted|citing|cited)\s+(${NAME}|${ROLE_THEN_NAME})(?:,?\s+as\s+(?:saying|writing)|,\s+(?:saying|writing|who\s+said|who\s+wrote))?\s*[,:]?\s*$`,
  'u',
);
// "..., prompting one partner to comment: “...": the one moved to speak speaks, not the sentence's subject. Not "asked
// Tom Vale to explain: “Why ...?”": the one who asks speaks.
const MOVED_TO_SPEAK = new RegExp(
  String.raw`(?<![\p{L}])(?:prompting|prompted|leading|led|causing|caused|inspiring|inspired|moving|moved|inviting|invited)\s+(${SUBJECT})\s+to\s+(?:${VERB})\s*[,:]?\s*$`,
  'u',
);
// "... was likened by former president David Atkinson to “...”", "criticised by some, such as Andrew Little, as “...”":
// the agent of a verb of describing speaks the words it ends on, not the sentence's subject.
// What follows the agent: "as", or "to" after a verb of likening ("The meeting was called by the mayor to “clear the
// air”" gives a purpose, not a description).
const DESCRIBED_WITH = String.raw`(?:as|(?<=(?:likened|compared)\s.*)to)`;
const DESCRIBED_BY = new RegExp(
  String.raw`(?<![\p{L}])${DESCRIBING_VERB}\s+(?:\p{Ll}+ly\s+)?by\s+(?:some|many|others|critics),?\s+(?:such\s+as|including)\s+(${NAME}|${ROLE_THEN_NAME}),?\s+${DESCRIBED_WITH}\s*$|(?<![\p{L}])${DESCRIBING_VERB}\s+(?:\p{Ll}+ly\s+)?by\s+(${NAME}|${ROLE_THEN_NAME})(?:,[^,“”"]{1,80},)?\s+${DESCRIBED_WITH}\s*$`,
  'u',
);
// A transcript's speaker line, "Secretary of the Air Force James Roche: “...", and "In X’s words: “...".
const NAME_THEN_COLON = new RegExp(String.raw`^\s*(${NAME}|${ROLE_THEN_NAME}):\s*$`, 'u');
// A speech verb among a speaker line's words makes it a sentence, not a line's name: "Piet Mol asked Berg:".
const VERB_WORD = new RegExp(String.raw`(?<![\p{L}'’-])(?:${VERB})(?![\p{L}'’-])`, 'u');
const IN_THE_WORDS = new RegExp(
  String.raw`[Ii]n\s+(?:the\s+words\s+of\s+(?:[^,]{1,100},\s+)?(${NAME})|(${NAME})['’]s?\s+(?:own\s+)?words)\b`,
  'u',
);
const ACCORDING = new RegExp(String.raw`[Aa]ccording to\s+(${SUBJECT})${PHRASE_END}`, 'u');
const ACCORDING_STATEMENT_FROM = new RegExp(String.raw`[Aa]${STATEMENT_FROM}`, 'u');

// "Dick Durbin (D-Ill.)", "Jane Roe, R-Texas,": an American lawmaker's party and state after the name.
const PARTY_TAG = /(?:,\s*|\s*\()[DRI]-\p{Lu}[\p{L}.]{0,8}(?:\)|,)/gu;

// "the ACT Emergency Service Agency (ESA) said": a body's initials in brackets between its name and the verb.
const INITIALS_BEFORE_VERB = new RegExp(String.raw`(?<=\p{L})\s\(\p{Lu}[\p{Lu}&]{1,7}\)(?=\s+(?:\p{Ll}+ly\s+)?${VERB}${WORD_END})`, 'gu');

/** The text with each party tag and body's initials blanked out, so that the name and its verb meet; offsets stay as they were. */
function withoutPartyTags(text: string): string {
  return text.replace(PARTY_TAG, (tag) => ' '.repeat(tag.length)).replace(INITIALS_BEFORE_VERB, (tag) => ' '.repeat(tag.length));
}

// "A spokesperson for the Housing Growth Team, which is the applicant, said:": a clause set off by commas between the
// subject that opens the sentence and its speech verb says what the subject is. Only the sentence's first comma opens
// it: in "Ilse Vandorn, the leader of Green Commons, which holds 14 seats, said" it tells of the body, not the subject.
const RELATIVE_BEFORE_VERB = new RegExp(String.raw`^([^,]*),\s+which\s+[^,.;:!?“”"]{1,80},(?=\s+${ADVERB}${VERB}(?![\p{L}]))`, 'u');

/** The sentence with such a clause blanked out, so that the subject and its verb meet; offsets stay as they were. */
function withoutRelativeClause(sentence: string): string {
  const relative = RELATIVE_BEFORE_VERB.exec(sentence);
  if (!relative) return sentence;
  const from = (relative[1] as string).length;
  return sentence.slice(0, from) + ' '.repeat(relative[0].length - from) + sentence.slice(relative[0].length);
}

/**
 * A cue before a quotation, in the clause that leads into it: `X said: "`, `X told reporters that "`,
 * `As X put it: "`, `The NATO chief stressed that ... at "`, `which it said "`.
 */
export function cueBefore(written: string, offset: number): SpeakerPhrase | null {
  const before = withoutPartyTags(written);
  // Only the sentence the quotation stands in.
  const sentenceStart = lastSentenceStart(before);
  const clause = withoutRelativeClause(before.slice(sentenceStart));
  const base = offset + sentenceStart;
  const speakerLine = NAME_THEN_COLON.exec(clause);
  if (speakerLine && !VERB_WORD.test(speakerLine[1] as string)) return phrase(speakerLine, 1, base);
  // "According to the Met Service, today is expected to be “...”": the sentence opens on its source.
  // Not when the sentence names who spoke after it ("According to the police report, Desmond Farrow told officers: “...”").
  const opensAccording = /^\s*[Aa]ccording to\s/u.test(clause) ? (ACCORDING_STATEMENT_FROM.exec(clause) ?? ACCORDING.exec(clause)) : null;
  const speaksAfter = opensAccording ? VERB_WORD.test(clause.slice(opensAccording.index + opensAccording[0].length)) : false;
  if (opensAccording && !speaksAfter) return phrase(opensAccording, 1, base);
  const words = IN_THE_WORDS.exec(clause);
  if (words) return phrase(words, words[1] ? 1 : 2, base);
  const statement = GAVE_STATEMENT.exec(clause);
  if (statement) return phrase(statement, 1, base);
  const quotesFrom = QUOTES_FROM.exec(clause);
  // With "include" or "were", only people in the plural ("from the fans include:"), not a thing ("from the survey").
  if (quotesFrom && (!quotesFrom[2] || /\p{Ll}{2}[^s]s$/u.test(quotesFrom[1] as string))) return phrase(quotesFrom, 1, base);
  const document = OWN_DOCUMENT.exec(clause);
  if (document) return phrase(document, 1, base);
  const read = DOCUMENT_READ.exec(clause);
  if (read) return phrase(read, 1, base);
  const by = DOCUMENT_BY_SAID.exec(clause);
  if (by) return phrase(by, 1, base);
  const quoting = QUOTING.exec(clause);
  if (quoting) return phrase(quoting, 1, base);
  const withSaying = WITH_SAYING.exec(clause);
  if (withSaying) return phrase(withSaying, 1, base);
  const who = WHO_SPEAKS.exec(clause) ?? WHO_SAID_AT_END.exec(clause);
  if (who) return phrase(who, 1, base);
  const titled = TITLE_COMMA_NAME.exec(clause);
  if (titled && isRoleNoun((titled[1] as string).toLowerCase())) return phrase(titled, 2, base);
  const moved = MOVED_TO_SPEAK.exec(clause);
  if (moved) return phrase(moved, 1, base);
  const describedBy = DESCRIBED_BY.exec(clause);
  if (describedBy) return phrase(describedBy, describedBy[1] ? 1 : 2, base);
  const ofBody = NAME_OF_BODY_VERB.exec(clause);
  if (ofBody) return phrase(ofBody, 1, base);
  const colon = SUBJECT_VERB_COLON.exec(clause);
  if (colon) return { ...phrase(colon, 1, base), tentative: true };
  const asPut = AS_PUT_IT.exec(clause);
  if (asPut) return phrase(asPut, 1, base);
  const parenthetical = PARENTHETICAL_SPEAKER.exec(clause);
  // A role's words before the name ("says campaigner Tomas Vale"), not a clause ("said to be titled Flamboyant Fawn").
  const roleBefore = /^(?:\p{Ll}[\p{Ll}-]*\s+)+(?=\p{Lu})/u.exec(parenthetical?.[1] ?? '')?.[0].trim();
  // Not when the sentence's own verb after it reports or describes ("Critics, writes X, have called it “...”": the
  // critics' words).
  const ownVerb = parenthetical ? clause.slice(parenthetical.index + parenthetical[0].length - 1) : '';
  const reportsItself = VERB_WORD.test(ownVerb) || REPORTING_OR_DESCRIBING.test(ownVerb);
  if (parenthetical && !reportsItself && (!roleBefore || /^(?:the|a|an)\s/u.test(roleBefore) || isRoleWords(roleBefore)))
    return phrase(parenthetical, 1, base);
  VERB_IN_CLAUSE.lastIndex = 0;
  let verb = VERB_IN_CLAUSE.exec(clause);
  // "Having admitted that ..., Sasin said that ...": a speech verb in a phrase opening the sentence has no subject of
  // its own there; the sentence's next one has.
  const phraseEnd = verb && OPENING_PARTICIPLE.test(clause.slice(0, verb.index)) ? clause.indexOf(',', verb.index) : -1;
  if (phraseEnd >= 0) while (verb && verb.index < phraseEnd) verb = VERB_IN_CLAUSE.exec(clause);
  if (verb) {
    const head = clause.slice(0, verb.index);
    if (!head.trim()) {
      // "... ,” said a representative from the Mississippi project team. “...”": the next quotation's cue is the one
      // before it, with the body the role is held in, as cueAfter read it for the first.
      const after = VERB_THEN_SUBJECT.exec(clause);
      if (after) {
        // "said Cook. “...”": the sentence's full stop, not the name's.
        const said = phrase(after, 1, base);
        const name = withoutSentenceStop(said.text);
        return { ...said, text: name + bodyAfterRole(name, clause.slice(after.index + after[0].length)) };
      }
    } else if (/,\s*$/.test(head)) {
      // "Its duty officer, Rune Aalto, told reporters": the name set off by commas speaks. Not a role in capitals
      // there ("Maria Lopez, Chief Executive of Harbour Group, said"): the subject that opens the sentence does (below).
      const named = APPOSITIVE_NAME.exec(head);
      // The words before the name are a role ("economist"), not a clause ("which runs Penhallow") nor an adverb
      // ("Lawmakers, mostly Democrats, said").
      const role = (named?.[1] ?? '').trim();
      const roleFits = !role || (isRoleWords(role) && isRoleNoun(role.split(/\s+/u).at(-1) as string));
      if (named && roleFits && !isRoleInCapitals(named[2] as string)) return phrase(named, 2, base);
    } else if (!/\b(?:and|or|but)\s+$/u.test(head)) {
      const named = NAME_ROLE_BODY_AT_END.exec(head);
      if (named && isRoleNoun(named[3] as string) && !namesPersonAtEnd(head)) return phrase(named, 1, base);
      const fromBody = NAME_BODY_AT_END.exec(head);
      const personFirst = fromBody && isKnownGivenName((fromBody[1] as string).split(/\s+/u)[0] as string);
      if (fromBody && personFirst && orgWords.has((fromBody[2] as string).toLowerCase())) return phrase(fromBody, 1, base);
      for (const pattern of [NAME_WHO_AT_END, ...SUBJECTS_AT_END]) {
        const subject = pattern.exec(head);
        if (subject) return phrase(subject, 1, base);
      }
    }
    const bodyRole = BODY_ROLE_PERSON.exec(clause);
    // "Labour leader Keir Starmer's spokesman told reporters": the name's holder did not speak.
    const possessive = /['’]s$/u.test(bodyRole?.[1] ?? '');
    const roleWords = (bodyRole?.[2] ?? '').trim();
    const named = bodyRole?.[3] !== '' || isRoleNoun(roleWords.split(/\s+/u).at(-1) as string);
    if (bodyRole && !possessive && named && bodyRole.index + bodyRole[0].length <= verb.index && isRoleWords(roleWords)) {
      return phrase(bodyRole, 1, base);
    }
    // "Ilse Vandorn, the leader of Green Commons, said": the subject opens the sentence.
    const opening = SUBJECT_AT_START.exec(clause);
    if (opening && opening.index + opening[0].length <= verb.index) return withPossessed(phrase(opening, 1, base), clause, base);
  }
  const according = ACCORDING_STATEMENT_FROM.exec(clause) ?? ACCORDING.exec(clause);
  if (according) return phrase(according, 1, base);
  return null;
}

/** "Having", "After", "While": the opening of a participle's phrase, before its verb. */
const OPENING_PARTICIPLE = /^\s*(?:having|after|before|while|when|upon|despite|without)\s+$/iu;

/** Whether the name that ends `head` opens with a given name ("..., partner, Tom Vale said"): a person, not a body. */
function namesPersonAtEnd(head: string): boolean {
  const last = NAME_AT_END.exec(head.trimEnd());
  return last !== null && isKnownGivenName(last[0].split(/\s+/u)[0] ?? '');
}

/** Words that name a role ("media writer", "chief executive"), not a verb phrase ("met", "told reporters"). */
function isRoleWords(words: string): boolean {
  return !nlp(words).has('(#Verb|#Preposition|#Conjunction|#Determiner|#Pronoun)');
}

// ... or a role in lower case right before the verb ("Rotorua's mayor says"), whose holder speaks.
const POSSESSED_NAME = new RegExp(
  String.raw`^\s+(?:${NAME}|(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?=\s+${ADVERB}${VERB}${WORD_END}))`,
  'u',
);

/** "The UN's" read as a subject runs on to what it owns ("The UN's World Food Programme warned"), which speaks. */
function withPossessed(found: SpeakerPhrase, clause: string, base: number): SpeakerPhrase {
  if (!/['’]s$/u.test(found.text)) return found;
  const owned = POSSESSED_NAME.exec(clause.slice(found.start - base + found.text.length));
  return owned ? { ...found, text: `${found.text}${owned[0]}` } : found;
}

function phrase(match: RegExpExecArray, group: number, base: number): SpeakerPhrase {
  const text = match[group] as string;
  return { text, start: base + match.index + match[0].lastIndexOf(text) };
}

/** Where the last sentence of `text` starts (after ". ", "! ", "? ", not after "Mr. " or "U.S. "). */
export function lastSentenceStart(text: string): number {
  return sentenceStarts(text).at(-1) ?? 0;
}

const WHITE_SPACE = /^\s$/u;

/** A title's or a company's abbreviation ends no sentence: "Gov. Gavin Newsom", "Harbour Co. said". */
const SENTENCE_GOES_ON = new RegExp(String.raw`^(?:${TITLE_ABBREVIATION}|St|Jr|Sr|No|Inc|Ltd|Co|Corp)\.$`, 'u');

/** Where each sentence of `text` starts. */
export function sentenceStarts(text: string): number[] {
  const pattern = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  const starts = [0];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = runBefore(text, match.index + 1, (char) => !WHITE_SPACE.test(char));
    if (SENTENCE_GOES_ON.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}
