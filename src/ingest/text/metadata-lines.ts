import type { MetadataKind } from '../../article/article-schema';
import { nlp } from '../nlp';
import { hasOnlyNameSenses, isKnownGivenName } from '../understand/tagged-terms';
import { isSectionLabel } from './site-junk';

/**
 * Lines that belong to the article but are not its body: bylines, agency and photo credits, photo
 * captions, timestamps. Each rule matches a whole line, in a shape a sentence of news does not take.
 */
export function metadataLineKind(text: string): MetadataKind | null {
  if (text.length > 400) return null;
  if (isTimestamp(text) || isReleaseLine(text)) return 'timestamp';
  if (isByline(text) || isBylineThenTime(text)) return 'byline';
  if (isPhotoCaption(text)) return 'caption';
  if (isCredit(text)) return 'credit';
  return null;
}

/**
 * "Recorder Report Updated 31 May, 2022", "Tom Hale Published 31 May, 2022": who wrote it (a desk's or a person's
 * name, up to four capitalised words) run into the time the page gives the story.
 */
function isBylineThenTime(text: string): boolean {
  const split = /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4})((?:Last\s)?(?:Updated|Published|Posted)\b.*)$/u.exec(text);
  if (split === null || !isTimestamp(split[2] as string) || !/\d{4}/u.test(split[2] as string)) return false;
  // A desk's credit ("Recorder Report", "Staff Reporter") or a person's name opening on a given name: not a heading's
  // words ("Vaccination Schedule Updated 31 May, 2022").
  const who = (split[1] as string).trim();
  const words = who.split(/\s+/u);
  const person = words.length >= 2 && words.length <= 3 && isKnownGivenName(words[0] as string);
  return person || /\b(?:Report|Reporter|Desk|Staff|Correspondent|Bureau|Newsroom)$/u.test(who);
}

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const ZONE = 'gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|aest|aedt|jst|kst|sgt|hkt|msk|wib|sast|nzst|nzdt|z';
/** "PTI | Updated: Mar 3, 2021 10:45 IST": an agency's name may lead a timestamp line. */
const AGENCY_TOKENS = 'ap|afp|reuters|ians|pti|ani|uni|upi|dpa|xinhua|bloomberg|efe|ansa|kyodo|yonhap|tass|bernama|aap';
/** "december.09.2013": a month's name and the day and year, run together with full stops. */
const MONTH_DOTTED_DATE = `(?:${MONTH})\\.\\d{1,2}\\.\\d{2,4}`;
/** "GMT+10", "UTC-5", "GMT+05:30": a zone given by its offset. */
const ZONE_OFFSET = '(?:gmt|utc)[+-]\\d{1,2}(?::?\\d{2})?';
/** "2019-05-29", "2019-05-29T22:36:08Z", "2019-05-29T22:36:08+00:00": a date in figures, with its time and zone. */
const ISO_DATE = '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(?:t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?)?';
const TIME_TOKEN = new RegExp(
  `^(?:${MONTH_DOTTED_DATE}|${MONTH}|${WEEKDAY}|${ZONE}|${ZONE_OFFSET}|\\d{1,2}(?:st|nd|rd|th)?|\\d{4}|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm|z)?|${ISO_DATE}|am|pm|a\\.m|p\\.m|hrs?|hours?|mins?|minutes?|seconds?|days?|weeks?|months?|years?|ago|about|just|now|yesterday|today|updated?|latest|published|posted|last|modified|first|on|at|of|the|created|edited|date|time|read|@|${AGENCY_TOKENS})$`,
  'i',
);
const TIME_ANCHOR = new RegExp(
  `^(?:${MONTH_DOTTED_DATE}|${MONTH}|${WEEKDAY}|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm|z)?|${ISO_DATE}|ago)$`,
  'i',
);

/** A section's name before a date: one to three capitalised words, then "of" or a bar or dash ("Visitation:" heads a notice). */
const LABEL_BEFORE_DATE = /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?: of|\s*[|–—-])\s*/u;
const STARTS_WITH_WEEKDAY = new RegExp(`^(?:${WEEKDAY})\\b`, 'i');
const MONTH_TOKEN = new RegExp(`^(?:${MONTH})$`, 'i');
/** "LOUISVILLE (usa), May 20", "PORT ADLEY, March 3, 2021": a dateline alone, the place in capitals, then the day. */
const PLACE_DATELINE = new RegExp(
  `^\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}(?: \\([\\p{L} .]{2,20}\\))?, (?:${MONTH})\\.? \\d{1,2}(?:, \\d{4})?$`,
  'iu',
);

/** "... | Last Updated: 13th June 2023 07:38 AM | A+A-": the page's text-size buttons closing its time line. */
const TEXT_SIZE_BUTTONS = /\s*\|?\s*A\s?[+-]\s?A\s?[+-]?\s*$/u;

/**
 * Made only of dates, times, zones and words like "Published", "Updated", "ago", with a number in it ("Posted at Jul
 * 05 2011 12:18 PM | Updated as of Jul 05 2011 08:18 PM"; "As of June 30, 2024" over a table's figures is the table's).
 */
function isTimestamp(text: string): boolean {
  if (text.length > 160 || !/\d|\bago\b/i.test(text)) return false;
  const tokens = withoutDatelinePlace(text.replace(TEXT_SIZE_BUTTONS, '').replace(/\b(updated) as of\b/giu, '$1'))
    .toLowerCase()
    .split(/\s+\/\s+|[\s,|·•()[\]–—]+/)
    .map((token) => token.replace(/^[:-]+|[:.-]+$/g, ''))
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 24) return false;
  // "19 Jul, 2022 @ 10:45": a page's time with "@" names its year ("Friday 27 September @ 7:30 pm" is an event's).
  if (tokens.includes('@') && !tokens.some((token) => /^\d{4}$/u.test(token))) return false;
  if (tokens.every((token) => TIME_TOKEN.test(token)) && tokens.some((token) => TIME_ANCHOR.test(token))) return true;
  // "Aug 18, 2023 News": the date with its year, then the section the page files the story under ("Saturday 21:00
  // Sport" is a programme's time in a guide).
  const section = /^(.*\b\d{4})\s+(\p{Lu}\p{Ll}+|\p{Lu}+)$/u.exec(text);
  if (section && isSectionLabel(section[2] as string) && isTimestamp(section[1] as string)) return true;
  // "Health September 15, 2020 | 3:15 pm": the section first, then the day with its year ("Health March 2015" may
  // head a timeline's part, "Sport Saturday 21:00" a programme's).
  const sectionFirst = /^(\p{Lu}\p{Ll}+|\p{Lu}+)\s+(.*\b\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b.*)$/u.exec(text);
  if (sectionFirst && isSectionLabel(sectionFirst[1] as string) && isTimestamp(sectionFirst[2] as string)) return true;
  return isLabelledDate(text) || isDatelineAlone(text);
}

/** "LOUISVILLE (usa), May 20": the place in capitals (PLACE_DATELINE reads any case, for the month's sake). */
function isDatelineAlone(text: string): boolean {
  return (
    (/^\p{Lu}{2,}(?![\p{Ll}])/u.test(text) && PLACE_DATELINE.test(text)) ||
    (CAPITALISED_WORDS_THEN_DASH.test(text) && PLACE_DASH_DATE.test(text))
  );
}

/**
 * "St. John’s, Antigua — April 19, 2025": a place and its country or state in capitalised words, a dash, then a whole
 * date with its year ("Election Day — November 5, 2024" names no place: a headline's).
 */
const CAPITALISED_WORDS_THEN_DASH = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* [—–-] /u;
const PLACE_DASH_DATE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})? [—–-] (?:(?:${MONTH})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH})\\.? \\d{4})$`,
  'iu',
);

/**
 * "General News of Saturday, 23 September 2017", "Politics | Monday, March 4, 2019": a section's name, then a whole
 * date that names its weekday and year, and nothing else.
 * A headline that ends on a date does not name it so ("Vote set for Saturday, 23 September 2017" is left alone).
 */
function isLabelledDate(text: string): boolean {
  const label = LABEL_BEFORE_DATE.exec(text);
  const rest = label ? text.slice(label[0].length) : '';
  if (!STARTS_WITH_WEEKDAY.test(rest)) return false;
  // "PoliceOne - Sun, 04/30/2017 - 08:29": a dash may part the date from its time, and the date may be in figures.
  const date = rest
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((token) => token !== '' && !/^[-–—|]+$/u.test(token));
  const numericDate = date.some((token) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(token));
  return (
    date.length <= 6 &&
    date.every((token) => TIME_TOKEN.test(token)) &&
    (numericDate || (date.some((token) => MONTH_TOKEN.test(token)) && date.some((token) => /^\d{4}$/.test(token))))
  );
}

/** "FOR RELEASE", "PRESS RELEASE For Immediate Release", "Embargoed until": a news release's opening words. */
const RELEASE_LEAD = /^(?:(?:press|news|media) release\s*[:|–—-]?\s*)?(?:for (?:immediate )?release|embargoed(?: until)?)\b\s*:?\s*/i;
/** "... (Press Release)": the kind of post, after its date. */
const RELEASE_TAIL = /\s*\((?:press|news|media) release\)$/i;

/**
 * A news release's date line: "FOR RELEASE February 3, 2015", "PRESS RELEASE For Immediate Release June 26, 2019",
 * "Posted: June 27, 2014 (Press Release)", or "FOR IMMEDIATE RELEASE" alone: the release's opening words, then a
 * timestamp or nothing.
 */
function isReleaseLine(text: string): boolean {
  if (text.length > 160) return false;
  const tail = RELEASE_TAIL.exec(text);
  const lead = RELEASE_LEAD.exec(text);
  if (!lead && !tail) return false;
  const rest = text.slice(lead?.[0].length ?? 0, tail?.index ?? text.length).trim();
  if (rest === '') return lead !== null && /immediate/i.test(lead[0]);
  return /^immediately\.?$/i.test(rest) || isTimestamp(rest);
}

/** A month's name or a year: what makes a line's closing place a dateline's ("14:32 - GOAL" heads a live blog's entry). */
const HAS_DATE = new RegExp(`\\b(?:${MONTH})\\b|\\b\\d{4}\\b`, 'i');

/** "... 08:32 pm IST - TIRUPPUR": the place the story was filed from, in capitals, closing a timestamp line. */
function withoutDatelinePlace(text: string): string {
  if (!HAS_DATE.test(text)) return text;
  // "... 10:30 pm IST - Yangon": the place in capitals, or capitalised after a clock's time ("March 2020 - Lockdown
  // Begins" and "Saturday 13 April - Blackburn Rovers" are a timeline's and a fixture list's lines).
  const capitals = text.replace(/\s+[-–—]\s+\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2}$/u, '');
  if (capitals !== text || !/\d:\d\d/u.test(text)) return capitals;
  return text.replace(/\s+[-–—]\s+\p{Lu}[\p{L}.'’-]*$/u, '');
}

// One name: capitalised words (or all capitals), initials, and the particles of names.
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|(?:van|von|de|da|del|der|di|du|la|le|al|bin|ibn|el|dos|das|ten|ter|mac))";
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?: ${NAME_WORD}){0,3}`;
const NAMES = `${NAME}(?:(?:, | and | & )${NAME})*`;
const NOT_A_NAME = new RegExp(`^(?:the|this|that|then|now|noon|midnight|early|late|mid|christmas|easter|${MONTH}|${WEEKDAY})$`, 'i');
const BYLINE_LEAD =
  /^(?:by|written by|reported by|words by|story by|text by|posted by|post by|authors?|byline|reporter|correspondent)\s*:?\s+/i;
// Case matters after the lead-in: names are capitalised ("By Tuesday, the council..." is caught below).
const BYLINE_NAMES = new RegExp(`^(${NAMES})(?:\\s*(?:,|\\||–|—|-|·|•|/|\\bin\\b|\\bon\\b)\\s*([^.!?]{0,80}))?$`, 'u');
const OUTLET_OR_ROLE =
  /\b(?:reporter|correspondent|writer|editor|journalist|contributor|columnist|photographer|staff|bureau|desk|news|times|post|herald|courier|gazette|echo|press|media|agency|wire|online)\b/i;
const ONLY_NAMES = new RegExp(`^${NAMES}$`, 'u');
const REPORTER_ROLE =
  /^(?:(?:senior|chief|staff|special|political|foreign|economics?|business|sports?|health|science|education|environment|crime|court|news|deputy|associate|contributing|freelance|our)\s+)*(?:reporter|correspondent|writer|editor|journalist|contributor|columnist)s?\b.{0,40}$/i;

/** "Tafadzwa Zimoyo Entertainment Reporter": a name of two or three words, then a beat's reporter, no comma between. */
const NAME_THEN_BEAT_REPORTER =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}?) (?:(?:Senior|Chief|Staff|Special|Deputy|Associate|Assistant|Political|Parliamentary|Diplomatic|Foreign|Business|Economics?|Sports?|Health|Science|Education|Environment|Agriculture|Crime|Court|Features?|Entertainment|Arts|Music|Lifestyle|Investigative|News) )+(?:Reporter|Correspondent|Writer|Editor|Journalist)$/u;

/**
 * Words a name may be: the lexicon knows them for names or not at all, and unless a known given name opens them, none
 * ends in "s" as a headline's verb does ("Ruto Lauds Sports Journalist", "Cops Assault ...": the lexicon lacks both).
 */
function isNameOnly(words: string): boolean {
  const list = words.split(' ');
  if (!list.every(hasOnlyNameSenses)) return false;
  return isKnownGivenName(list[0]!) || !list.some((word) => /\p{Ll}s$/u.test(word));
}

/** A line that is only a reporter's role: "Political Correspondent", "Staff Writer, Tarrow Gazette". */
export function isReporterRole(text: string): boolean {
  return REPORTER_ROLE.test(text) && !/[.!?]$/.test(text);
}

/** "Mara Ellingsen, Staff Reporter": names, a separator, then a reporter's role. */
function isNameThenRole(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  // Not a headline's words before the role ("Government Sacks Sports Editor"): only names, or words the lexicon lacks.
  const beat = NAME_THEN_BEAT_REPORTER.exec(text);
  if (beat && isNameOnly(beat[1]!)) return true;
  for (const separator of text.matchAll(/\s*[,|–—-]\s*/g)) {
    const names = text.slice(0, separator.index);
    if (ONLY_NAMES.test(names) && REPORTER_ROLE.test(text.slice(separator.index + separator[0].length))) return true;
  }
  return false;
}

/** "By Mara Ellingsen", "By MARTA OLSEN", "By Tom Hale, Political Correspondent", "Mara Ellingsen, Staff Reporter". */
function isByline(text: string): boolean {
  if (text.length > 160) return false;
  // "By Ha Ji-won, Intern reporter (jiwonha@heraldcorp.com)": the writer's address closing the byline.
  const withoutAddress = text.replace(TRAILING_EMAIL, '');
  if (withoutAddress !== text && withoutAddress !== '') return isByline(withoutAddress);
  if (text.split(' ').length > 16 || /[.!?]$/.test(text)) return false;
  // "By: News 9": "By" with a colon opens no sentence, so whatever short name follows is the byline's.
  if (/^by\s*:\s*\p{Lu}/iu.test(text) && text.split(' ').length <= 8) return true;
  // "Senior Reporter" over the writer's address: a reporter's rank alone, which no sentence is.
  if (
    /^(?:Senior|Staff|Chief|Special|Junior|Political|Business|Sports?|Health|Court|Crime|Education) (?:Reporter|Writer|Correspondent)$/u.test(
      text,
    )
  )
    return true;
  // "By the Caribbean Journal staff": a paper's staff sign it.
  if (/^[Bb]y\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}[Ss]taff$/u.test(text)) return true;
  // "siobhan.mcnamara@iconicnews.ie": the writer's address on a line of its own, under the byline's "Email:", a
  // person's names in it (not "grants@council.gov.uk", an office's).
  if (withoutAddress === '' && /^\p{L}{2,}[._-]\p{L}[\p{L}-]*@/u.test(text.trim())) return true;
  // "BY", "By |": the byline's label, its name lost.
  if (/^by\s*[:|]?$/iu.test(text)) return true;
  // "ByDebabrata Mohanty", "ByABC News": the page's "By" and the name run together where its markup parted them.
  const lead = BYLINE_LEAD.exec(text) ?? /^By(?=\p{Lu})/u.exec(text);
  const afterLead = lead ? text.slice(lead[0].length) : '';
  const match = lead ? BYLINE_NAMES.exec(afterLead) : null;
  if (match) {
    const [, names = '', rest] = match;
    const first = names.split(' ')[0] ?? '';
    // "By Tuesday, the council..." is a sentence: after the names only a role, outlet or date may follow.
    // After a slash, only the paper: "By Sanaullah Ataullah / The Peninsula", not "By Car / Taxi: 40 minutes".
    const slashed = /^\s*\//u.test(afterLead.slice(names.length));
    const restOk = slashed
      ? rest !== undefined && (/^The\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$/u.test(rest) || OUTLET_OR_ROLE.test(rest))
      : rest === undefined || rest === '' || /^[\p{Lu}\d]/u.test(rest) || OUTLET_OR_ROLE.test(rest);
    // "by The Diplomat News": a newsroom's name may open with "The".
    const newsroom = first === 'The' && OUTLET_OR_ROLE.test(names.split(' ').at(-1) ?? '');
    return (!NOT_A_NAME.test(first) || newsroom) && restOk;
  }
  return (
    isNameThenRole(text) ||
    isDatedByline(text) ||
    isNameThenTimestamp(text) ||
    isNameThenAgency(text) ||
    isNamesGluedToAgency(text) ||
    AGENCIES_BYLINE.test(text) ||
    isNamesThenHandle(text)
  );
}

/**
 * "Kinyuru Munuhe and Kirera Mwiti @PeopleDailyKe": the writers, then the paper's handle. Not an embedded post's
 * account line, whose handle echoes its name ("Kenya Power Care @KenyaPower_Care", "Met Office Press Office @metoffice").
 */
function isNamesThenHandle(text: string): boolean {
  const match = NAMES_THEN_HANDLE.exec(text);
  if (!match) return false;
  const names = text.slice(0, text.lastIndexOf(' @')).split(/, | and | & /u);
  const handle = text.slice(text.lastIndexOf('@') + 1).toLowerCase();
  return names.every(isNameOnly) && !names.some((name) => handle.includes(name.split(' ')[0]!.toLowerCase()));
}

/** "Kinyuru Munuhe and Kirera Mwiti @PeopleDailyKe": the writers, then the paper's handle. */
const FULL_NAME = `\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?: ${NAME_WORD}){1,3}`;
const NAMES_THEN_HANDLE = new RegExp(`^${FULL_NAME}(?:(?:, | and | & )${FULL_NAME})* @\\w{2,30}$`, 'u');

/** "Albert Galea Thursday, 24 March 2022, 20:43 Last update: about 4 months ago": the writer, then the time line. */
function isNameThenTimestamp(text: string): boolean {
  const name = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) (?=\p{Lu})/u.exec(text);
  if (!name || !STARTS_WITH_WEEKDAY.test(text.slice(name[0].length))) return false;
  return isKnownGivenName(name[1]!.split(' ')[0]!) && isTimestamp(text.slice(name[0].length));
}

/**
 * "Jennifer Quinn Associated Press": a reporter's name, then the agency's, no "By" and no comma needed. The words
 * before the agency must all read as a person's name ("Trump Sues Reuters", "White House Bans AP" are headlines).
 */
function isNameThenAgency(text: string): boolean {
  const match = NAME_THEN_AGENCY.exec(text);
  return match !== null && nlp(match[1] as string).match('^#Person+$').found;
}

/** An e-mail address closing a line, perhaps in brackets. */
const TRAILING_EMAIL = /\s*\(?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)?$/u;

/**
 * "Fraser Barton and Robyn WuthAAP": reporters' names, then an agency's initials run on to the last surname where
 * the page's markup parted them. Each name opens on a given name the lexicon knows.
 */
function isNamesGluedToAgency(text: string): boolean {
  const match = NAMES_GLUED_TO_AGENCY.exec(text);
  if (!match) return false;
  return (match[1] as string).split(/,? (?:and|&) |, /u).every((name) => isKnownGivenName(name.split(' ')[0] ?? ''));
}

const NAMES_GLUED_TO_AGENCY =
  /^(\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]*\p{Ll}(?:(?:,? (?:and|&) |, )\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]*\p{Ll})*)(?:AAP|AFP|AP|PA|PTI|IANS|ANI|DPA|EFE|ANSA)$/u;

const NAME_THEN_AGENCY =
  /^(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}),? (?:The )?(?:Associated Press|Reuters|Agence France-Presse|Bloomberg(?: News)?|Press Association)$/u;

/** "September 30, 2017 by The Nation": the date, then who wrote it. */
function isDatedByline(text: string): boolean {
  const by = /^(.{6,40}?)\s+[Bb]y\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(text);
  // A name of two words or more, after a date with its year: "Nov. 3, 2020 by Mail" is how to vote.
  return by !== null && /\b\d{4}\b/u.test(by[1] as string) && (by[2] as string).includes(' ') && isTimestamp(by[1] as string);
}

/**
 * A newsroom credited instead of a reporter: "The Hindu Bureau", "Express News Service", "HT Correspondent",
 * "Web Desk", "TYT Newsroom", "Tribune Senior Reporter", "Reuters Staff". A line of capitalised words ending in one of the words newsrooms sign with.
 */
export function isNewsroomCredit(text: string): boolean {
  return (
    /^(?:Staff|Special|Our) (?:Reporter|Writer|Correspondent)s?$/u.test(text) ||
    /^(?:(?:The|Our)\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:Bureau|Desk|Newsroom|News Service|News Network|News Bureau|Correspondents?|Web Team|Digital Team)$/u.test(
      text,
    ) ||
    NEWSROOM_STAFF.test(text) ||
    isPaperRankedReporter(text) ||
    // "NZ Herald,": the paper a syndicated story came from, its date on the lines below.
    /^(?!Dear\b)(?:The )?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,2}(?:News|Times|Post|Herald|Wire|Tribune|Journal|Gazette|Mail|Express|Telegraph|Chronicle|Star),$/u.test(
      text,
    )
  );
}

/**
 * "Tribune Senior Reporter", "Harbour Times Court Reporter": a paper's name, then its reporter's rank. Not a headline
 * ("Gazette Appoints New Political Correspondent", "Tributes To Veteran Court Reporter") nor a reader signing a letter
 * ("A Retired Court Reporter"): the words before the rank name nothing but the paper.
 */
const NOT_A_PAPER = /\b(?:Appoints?|Names?|Hires?|Welcomes?|Mourns?|New|Veteran|Retired|Former|Top|Our|Award-Winning)\b/u;
function isPaperRankedReporter(text: string): boolean {
  const paper =
    /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,2})(?:Senior|Chief|Staff|Political|Court|Business|Sports?) (?:Reporter|Writer|Correspondent)$/u.exec(
      text,
    )?.[1];
  return paper !== undefined && !nlp(paper).has('(#Preposition|#Determiner)') && !NOT_A_PAPER.test(paper);
}

const AGENCIES =
  'Associated Press|Agence France-Presse|Press Association|Press Trust of India|Canadian Press|Australian Associated Press|PA|Getty Images|AP|AFP|Reuters|REUTERS|IANS|PTI|ANI|UNI|UPI|dpa|DPA|Xinhua|XINHUA|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|Bernama|AAP|KUNA|WAM|SPA|APA|NNA|AA|Agencies|agencies|AP Photo';
/** "By Bloomberg and the Associated Press": agencies, not a reporter, sign the story. */
const AGENCIES_BYLINE = new RegExp(`^[Bb]y\\s+(?:the\\s+)?(?:${AGENCIES})(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?(?:${AGENCIES}))*$`, 'u');

// "Reuters Staff", "Harbour Times Staff": an agency's or a paper's staff ("Hospital Cuts Nursing Staff" is a headline).
const NEWSROOM_STAFF = new RegExp(
  `^(?:The )?(?:${AGENCIES}|(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,2}(?:News|Times|Post|Herald|Wire|Tribune|Journal|Gazette|Mail|Express|Telegraph|Chronicle|Star))\\s+Staff$`,
  'u',
);

// "(Timothy A. Clary/Pool Photo via AP)": the photographer, the pool and the agency that sent it.
const POOL_PHOTO_CREDIT = String.raw`\((?:[^()]{2,60}\/)?[^()]{0,30}\b(?:[Pp]hoto|PHOTO|[Pp]ool|POOL) via (?:AP|AFP|Reuters|REUTERS|Getty Images|EPA)\)`;
/** Agencies whose name follows a photographer's after a slash ("Kari Nes/AFP", "Dan Sheridan / INPHO"). */
const PICTURE_AGENCIES =
  'INPHO|Inpho|SPORTSFILE|Sportsfile|AFP|EPA|REUTERS|Reuters|GETTY|Getty(?: Images)?|PA|AP|ALAMY|Alamy|Shutterstock|iStock|Bloomberg|Action Images|BACKPAGE|Backpage|PPAUK|BPI';
// "Dan Sheridan / INPHO": a photographer's name, a slash, then a picture agency's (not any initials: "Prime Minister / PM").
const NAME_SLASH_PHOTO_AGENCY = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,2}\s*\/\s*(?:${PICTURE_AGENCIES})`;

const PHOTO_CREDIT_LINES: readonly RegExp[] = [
  // "Photo: Kari Nes/AFP", "Photo courtesy: GSA PBS Region 8"
  // "(File photo: Jordan News)": a picture from the paper's files, and whose.
  /^\(?(?:(?:[Ff]ile )?(?:[Pp]hoto|PHOTO|[Pp]hotograph|[Pp]icture|[Pp]ic|[Ii]mage|IMAGE)|[Ii]llustration|[Gg]raphic|[Vv]ideo|[Ff]ootage)s?(?: (?:[Cc]redit|[Ss]ource))?(?: ?[:,]| by| courtesy(?: of|:)?) ?\p{Lu}[^.!?()]{0,80}\)?$/u,
  /^(?:Getty Images|Shutterstock|Alamy|EPA|AP Photo|PA Images|iStock)\b[^.!?]{0,60}$/u,
  // "Contributed photo (Marie Savickas)", "Submitted photo": a reader's or a family's picture, and whose.
  /^(?:[Cc]ontributed|[Ss]ubmitted|[Cc]ourtesy|[Hh]andout) (?:photo|image|picture)s?(?:\s*\([^()]{2,60}\)|\s*[:/]\s*[^.!?]{2,60})?$/u,
  new RegExp(`^${POOL_PHOTO_CREDIT}$`, 'u'),
  new RegExp(`^${NAME_SLASH_PHOTO_AGENCY}$`, 'u'),
];

// "Gallia County Sheriff's Office via AP": who gave the picture, and the agency that sent it.
const GIVEN_VIA_AGENCY =
  /^(\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|de)){0,7}) via (?:AP|AFP|Reuters|REUTERS|Getty Images|EPA)$/u;

/** A picture's giver named before "via AP": a body or a person, no verb ("Police Bodycam Footage Released via AP" is a headline). */
function isGivenViaAgency(text: string): boolean {
  const giver = GIVEN_VIA_AGENCY.exec(text)?.[1];
  return giver !== undefined && !nlp(giver).has('(#PastTense|#Gerund)');
}

const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}`;
const CREDIT_LINES: readonly RegExp[] = [
  // "Courtesy of Annina Kantelinen", "Image from Fox29 Philadelphia": where a picture came from, on a line of its own.
  /^(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Vv]ideo)s?\s+(?:courtesy of|from|via)|[Cc]ourtesy of)(?:\s+(?:\p{Lu}|\d)[\p{L}\d&'’.-]*){1,5}$/u,
  /^(?:the\s+)?associated press$/i,
  // "(Excerpted from GAO-16-885T)", "Adapted from a post on the FDA blog.": where the text was taken from.
  /^\(?(?:excerpted|adapted|reprinted|republished) (?:with permission )?from\b[^!?()]{2,120}\)?$/i,
  // "Editor's note: This is a guest post by ...": the editors' word on the piece, not the piece.
  /^\(?editor['’]s note\s*:/i,
  // "Rich Panzer | rpanzer (at) iqsolutions (dot) com": a contact's address written out against spam robots.
  /^[^.!?]{2,80}\(at\)\s*[\w.-]+\s*\(dot\)\s*\w+(?:\s*\(dot\)\s*\w+)*$/iu,
  // "AFP", "(Reuters)", "AFP-JIJI", "The Canadian Press": an agency, perhaps with the partner it sends through, or with
  // the site's handle ("PTI @moneycontrolcom").
  new RegExp(`^[-–—•(\\[\\s]*(?:The )?(?:${AGENCIES})(?:[-/]\\p{Lu}{2,10})*[)\\]\\s]*(?:\\s@[\\w.]{1,30})?$`, 'u'),
  // "— Doha (AFP)": the place the agency filed from, and the agency, on a line under the picture; "The Hague (AFP) –":
  // the story's dateline, on a line of its own above the lead. A dash on one side at least: "Harrisburg (PA)" in a
  // tour's dates is a state. "KELSFORD, United Kingdom (AFP) –": its country too.
  new RegExp(
    `^(?:[-–—]+\\s*${PLACE_WORDS}\\s*\\((?:${AGENCIES})\\)|${PLACE_WORDS}(?:, ${PLACE_WORDS})?\\s*\\((?:${AGENCIES})\\)\\s*[-–—:]+)$`,
    'u',
  ),
  // "Press Trust of India Pune": the agency, then the place it filed from.
  // Only agencies whose name is no word of a heading ("Reuters Institute", "AP Stylebook" are not credits).
  /^(?:Press Trust of India|PTI|IANS|ANI|Associated Press|Agence France-Presse|Press Association) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u,
  // "Montreal - AFP": the place filed from, then the agency.
  new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2},? [-–—]+ (?:${AGENCIES})$`, 'u'),
  // "--IANS", "— Harbour Wire": a dash, then an agency's short name; a dashed list item is not a credit.
  /^[-–—]+\s*(?:\p{Lu}{2,8}|\p{Lu}\p{L}+ (?:Wire|News|Agency|Press|Service))$/u,
  // "(Associated Press / The Spokesman-Review)": the agency, and the paper that ran its picture.
  new RegExp(`^\\((?:The )?(?:${AGENCIES})\\s*\\/\\s*(?:The )?\\p{Lu}[\\p{L}.'’ -]{1,40}\\)$`, 'u'),
  // "(Jacob Spetzler / The Tico Times)": the photographer, and the paper they shot for ("(Mar Azul / Blue Sea)" is a
  // film's title and its English one).
  /^\((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+\s*\/\s*(?:The \p{Lu}[\p{L}.'’ -]{1,40}|\p{Lu}[\p{L}.'’ -]{0,30}\b(?:Times|News|Post|Herald|Journal|Gazette|Chronicle|Tribune|Star|Mail|Express|Telegraph|Press|Photography|Images|Pictures|Photos))\)$/u,
  /^\((?![Uu]pdated|UPDATED|[Vv]ideo|[Pp]hotos?|[Ff]ile|[Pp]ictured|[Ww]atch|[Aa]udio|[Ll]ive)\p{Lu}[\p{L}&.' ]{1,30}\)$/u,
  /^\(?with (?:inputs?|agency inputs|additional reporting|reporting) from\b[^.!?]{1,80}\)?\.?$/i,
  /^\(?(?:reporting|additional reporting|writing|editing|edited|compiled|produced|research|graphics|translated|translation) by\b[^.!?]{1,200}\)?\.?$/i,
  // "Source: mynewsgh.com": a site's address may be the source named.
  /^(?:by\s+)?(?:source|sources|courtesy|credits?)\s*:\s*(?:[^.!?]|\.(?=[a-z])){1,80}$/i,
  // "— USGSted (@USGSted) June 10, 2015": an embedded post's signature, its author, handle and date.
  new RegExp(`^[-–—]+\\s*[^()]{1,60}\\(@\\w{1,30}\\)\\s+(?:${MONTH})\\.? \\d{1,2},? \\d{4}$`, 'iu'),
  // "This post was originally published on the FDA Voice blog.", "A version of this story first appeared in ...":
  // where a republished piece first ran.
  /^_?(?:(?:this|a version of this) (?:post|article|story|piece|blog post|essay|column|report|interview) (?:was |is )?|this was )(?:originally|first) (?:published|appeared|posted|ran) (?:on|in|at|by)\b[^!?,;]{2,150}$/i,
  // "Originally published on Data.gov.": one clause, naming where (not when: "Originally published in 1922, ...").
  /^_?originally (?:published|appeared|posted) on (?!\d)[^!?,]{2,100}$/i,
  ...PHOTO_CREDIT_LINES,
];

/** A line that is only a photo's credit: "Photo: Kari Nes/AFP", "(Image: Dario Venn)", "Getty Images". */
export function isPhotoCreditLine(text: string): boolean {
  return PHOTO_CREDIT_LINES.some((pattern) => pattern.test(text)) || isGivenViaAgency(text);
}

/** A line that is only a credit: an agency, "Reporting by ...", "Photo: Name/Agency". */
function isCredit(text: string): boolean {
  return (CREDIT_LINES.some((pattern) => pattern.test(text)) || isGivenViaAgency(text)) && text.split(' ').length <= 30;
}

// "Video: Attorney-General On Sentencing Laws": a broadcaster's headline, labelled with what the story carries. Its
// small words are in capitals too ("On"), as a credit's name's seldom are ("Video: Office of the Premier").
const LABELLED_HEADLINE =
  /^(?:Video|Photos|Watch|Gallery|Audio):\s+(?!Courtesy\b)\p{Lu}\S*(?:\s+\S+)*?\s(?:On|At|For|In|To|With|And|Of|From|After|Over|As)\s+\p{Lu}/u;

/** A headline labelled with what the story carries, read as a credit: only the text's first line is one (clean-lines.ts). */
export function isLabelledHeadline(text: string): boolean {
  return LABELLED_HEADLINE.test(text);
}

const PHOTO_WORD = '(?:photo|photograph|picture|pic|image|file photo|file picture|illustration)s?';
const CAPTION_LINES: readonly RegExp[] = [
  // "| ▲ Boy group BTS is seen in this photo provided by BigHit Music. (Yonhap) |": the triangle that points up at
  // the picture, as Korean papers mark a caption: in a table's cell, its bars left, or telling of the photo or its
  // agency ("▲ KOSPI closed at 2,650" may be a list's item).
  /^\|\s*▲\s*\S.{8,400}\|$|^▲\s*\S.{8,400}(?:\b(?:photo|picture|pictured|courtesy|provided by)\b.*|\((?:Yonhap|Newsis|News1|AFP|AP|Reuters|EPA)\)\.?)$/iu,
  // "... on Monday. (Photo by Dario Venn / Brightwater Images)", "... Photo: Ruth Ambler/Sallowfield Echo"
  // "... on Monday. ― Picture by Shafwan Zaidon", "... Photo: Agency for Public Information (API)."
  new RegExp(`[.!?”"]\\s*(?:[―–—-]\\s*)?\\(?${PHOTO_WORD}(?: credit)?\\s*(?::|by\\b)\\s*[^.!?]{2,80}(?:\\)\\.?)?$`, 'iu'),
  // "Farmers' spokesperson Anders CrofootFarmers' spokesperson Anders Crofoot.": a picture's alt text run into its
  // caption, the same words twice, glued (lines are at most 400 characters here, so the back-reference stays cheap).
  /^(?=[^\n]*\s\p{Ll})(\p{Lu}[^\n]{19,199}?)\1\.?$/u,
  // "Acting Commissioner Trevor Bailey, left, and murder victim, Charles Mc Intosh.": who stands where in a picture,
  // in one short sentence, the mark after a name (a report's sentence seldom says "left" so; a long one may point at its
  // picture: "... the late heartache Kirk Millar (right) inflicted on his side back in September 2019."; and not
  // "on the left, right, and centre", nor a quotation).
  /^(?![“"‘'])(?=.{5,140}$)(?!.*\b(?:left|right),\s+(?:(?:and|or)\s+)?(?:left|right|centre|center)\b)[^.!?]{0,200}\p{Lu}[\p{L}'’-]*(?:,\s+|\s+\()(?:left|right|centre|center|second (?:from )?(?:left|right))(?:\)|,)[^.!?]{0,200}\.?$/u,
  // "Chris Wood of Burnley Source: Getty", "UAE leaders sign Image Credit: Twitter/Dubai Media Office": a picture's
  // description, then its source as a picture agency or its credit so labelled.
  new RegExp(`^[^!?]{8,200}?\\s[Ss]ource:\\s*(?:${PICTURE_AGENCIES}|1 NEWS)$`, 'u'),
  /^[^!?]{8,200}?\s(?:Image|Photo|Picture) [Cc]redit\s*:\s*\S[^!?]{1,60}$/u,
  // "A farm in Flanders. Photo by Helen Lyons/The Brussels Times.": one sentence, then the photographer and the paper,
  // a full stop after (a paragraph of several sentences ending so keeps them).
  /^[^.!?]{3,200}[.!?”"]\s*(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? by \p{Lu}[\p{L}'’ .-]{1,40}\/\s*\p{Lu}[\p{L}'’ .-]{1,40}\.$/u,
  // "... Cllr Michelle Walton. Picture: Durham County Council.": a name after the colon may end with a full stop of
  // its own ("Pictures by the older pupils line the walls." is a sentence).
  /[.!?”"]\s*(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*:\s*\p{Lu}[\p{L}'’-]*(?: (?:of|the|and|\p{Lu}[\p{L}'’-]*)){0,5}\.$/u,
  /^(?:image caption|caption|file photo|file picture|pictured)\s*[:,]\s*\S/i,
  // "Leah Farrell/ File photo of Eamon Ryan": the photographer, the slash run on to the name, then what the picture
  // shows, with no venue after a comma ("Mara Quill / Pictures of Home, Kelsford Gallery" and "Tom Hale/ Photo of the
  // Month, Tamsel Library, until 14 June" are listings' shows).
  /^(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+\/\s*(?:[Ff]ile )?(?:[Pp]hoto|[Pp]icture|[Ii]mage) of\b[^,!?]{2,120}$/u,
  // "Image: Natalie Kurz presenting ...", "Photo: The quay at dawn.": a picture's description under its label (a
  // credit alone, "Photo: Kari Nes/AFP", is the credit line above).
  /^(?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]llustration)\s*:\s*(?![^/]*\/|.*\b(?:[Cc]ourtesy|[Cc]redit|[Hh]andout)\b)\p{Lu}(?=[^!?]*\s\p{Ll})[^!?]{10,300}$/u,
  // "CORAL BLEACHING: More coral bleaching. A local diver captured these photos at Hoffman's Rocks. Contributed": a
  // regional paper's caption, its label in capitals, its credit a reader's picture ("Contributed", "Submitted").
  /^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,4}: [^!?]{10,300}[.!?]\s+(?:Photo )?(?:Contributed|Submitted)$/u,
  // "Map locates the island of Dominica.": a news agency's map, described.
  /^[Mm]ap (?:locates|shows)\b[^!?]{3,120}$/u,
  // "Table 1. Policy Review Template Excerpt", "Figure 2: Weekly visits": the title of a table or figure; its number in
  // words only with what it shows ("Figure One: The bar graph above illustrates ..."; "Figure Eight: The Skater's
  // Story follows ..." is a film's title opening a sentence, "Exhibit Two: ..." a court report's).
  /^(?:[Tt]able|[Ff]igure|[Ff]ig\.|[Cc]hart|[Gg]raph|[Ee]xhibit)(?: \d{1,3}[a-z]?)?[.:]\s+\p{Lu}[^!?]{2,150}$/u,
  /^(?:[Tt]able|[Ff]igure|[Cc]hart|[Gg]raph) (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten):\s+\p{Lu}(?=[^!?]*\b(?:above|below|shows|illustrates)\b)[^!?]{2,300}$/u,
  // "Above: Lantern makers on the quay", "Main image: ...", "Left to right: ...", "(L-R) David Bereaux and ..." (a short
  // line: "(Left to right) Mara Quill, Tom Hale and Liam Doyle, who founded ..., will sing ..." is the story's lead)
  /^(?:above|inset|main (?:image|picture|photo)|left to right|from left|\(?l-r\)?)\s*:\s*\S|^\((?:l-r|r-l|from left|left to right)\)\s*[^.!?]{3,100}\.?$/i,
  /^(?:representative|representational|file) (?:image|photo|picture)\b[^.!?]{0,80}$/i,
  // A screenshot pasted with its file's name: "Screen Shot 2016-05-26 at 3.33.50 PM".
  /^(?:Screen ?[Ss]hot|Screenshot)[ _-]\d{4}-\d{2}-\d{2}\b(?:[^.!?]|\.(?=\d)){0,120}$/u,
  /\b(?:REUTERS|AFP|AP Photo|EPA|Getty Images|Shutterstock|Alamy|PA (?:Images|Wire))\s*\/\s*[\p{L} .'-]{2,40}$/u,
  /\bvia Getty Images\)?$/,
  // "... attends the meeting at the Sheraton Cavalier. Photo taken in Saskatoon, Sask. on Thursday, April 11, 2024.":
  // Postmedia's captions close on where and when the picture was taken.
  /[.!?]\s+Photos? taken (?:in|at|on) [^!?“”"]{2,80}\b\d{4}\.?$/u,
  // "This file photo shows 2012 flooding in Wales", "In this undated photo provided by ...": a picture described.
  /^(?:in )?this (?:undated |handout |file |recent )*(?:photo|picture|image|photograph|screenshot|screen grab|video grab|frame grab)\b[^!?]{0,160}?\b(?:shows?|showing|taken|provided|released|made available)\b/i,
  // "In this file photo Carnival Sunrise passenger Valerie Brewer accepts a face mask ...": only a caption opens so.
  /^in this (?:undated |handout |file |recent |archive )*(?:photo|picture|image|photograph)(?![-\p{L}])(?!\s+(?:book|essay|series|story|stories|collection|exhibition|album|gallery|project)\b)/iu,
  // "FILE - In this Jan. 5 photo, ...", "... (AP Photo/Jane Roe)": the Associated Press's captions.
  /^FILE\s*[-–—]\s*\p{Lu}/u,
  /\((?:AP|AFP|Reuters|EPA) Photo\s*\/\s*[^()]{2,60}(?:,\s*File)?\)\.?$/u,
  // "... set to start on September 18. (AP)": one short sentence describing a picture, closed by an agency's name
  // in brackets (a report's paragraph that ends so keeps its text; the credit is cut from it).
  // "(AP photo)", "(AFP-Yonhap)": the same, the word in lower case or the partner the agency sends through.
  new RegExp(`^(?![^.!?]*\\bsaid\\b)[^.!?]{10,160}[.!?]\\s*\\((?:${AGENCIES})(?:[-/]\\p{Lu}\\p{L}{1,12})*(?: [Pp]hoto)?\\)$`, 'u'),
  // "... a door to station shuttle bus service.Source:Supplied": a description, then a picture handed to the paper.
  /[.!?”"]\s*(?:[Ss]ource|[Pp]icture|[Pp]hoto|[Ii]mage)\s*:\s*(?:[Ss]upplied|[Ss]ubmitted|[Cc]ontributed|[Hh]andout)\.?$/u,
  // "... over the US tariffs. Credit: Iain Gillespie/The West Australian": a description, then "Credit:" and whose.
  // "... after the game. Credit: Getty/Channel 7", "... defeated the Storm.Credit: Getty Images": the credit may be run
  // on to the description, and a channel's name may end on its number.
  /[.!?”"]\s*(?:(?:[Pp]hoto|[Pp]icture|[Ii]mage)\s+)?[Cc]redit\s*:\s*\p{Lu}[\p{L}\p{N}.'’ -]{1,40}(?:\/[\p{L}\p{N}.'’ -]{2,40})?$/u,
  // "..., in her salon in Belgrano, recently. AFP photo": a description, then the agency whose picture it is.
  new RegExp(`[.!?”"]\\s+(?:${AGENCIES})\\s+(?:[Pp]hoto|PHOTO|[Pp]icture)s?\\.?$`, 'u'),
  // "... will get worse. No-Mad/Getty": a description, then the photographer and the agency after a slash.
  new RegExp(`[.!?”"]\\s+[\\p{L}.'’ -]{2,40}\\/(?:${PICTURE_AGENCIES})$`, 'u'),
  // "... four disastrous years. James Crombie / INPHO": the photographer, a slash, the picture agency.
  new RegExp(`[.!?”"]\\s+${NAME_SLASH_PHOTO_AGENCY}$`, 'u'),
  // "... for a long time," Sasin concluded. Artur Reszko/PAP": a photographer's first name and surname run on to an
  // agency's initials by a slash, closing the line.
  /[.!?”"]\s+\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\/\p{Lu}{2,6}$/u,
  // "... bowed to the Royal Box. © Getty Images": one short sentence, then a picture library's copyright (a news
  // agency's, "© AFP", may close a report's paragraph); "WCH Tokyo 25 brushstroke (© World Athletics)": an image's name.
  /^(?![^.!?]*\bsaid\b)[^.!?]{10,200}[.!?]?\s+©\s*(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|[\p{L}&.' -]{1,30} (?:Images|Photos?|Pictures))$/u,
  /^[^.!?()]{3,80}\s\(©\s*(?!\d)\p{Lu}[\p{L}&.'’ -]{1,40}\)$/u,
  // "... after the verdict. (Timothy A. Clary/Pool Photo via AP)"
  new RegExp(`[.!?”"]\\s*${POOL_PHOTO_CREDIT}\\.?$`, 'u'),
  // "... on Tuesday. ( SAUL LOEB / AFP/GETTY IMAGES )": the photographer in capitals, then the agencies.
  new RegExp(
    `[.!?”"]\\s*\\(\\s*\\p{Lu}[\\p{Lu}.'’ -]{2,40}\\s*\\/\\s*(?:${PICTURE_AGENCIES})(?:\\s*\\/\\s*[\\p{Lu} ]{2,20})?\\s*\\)$`,
    'u',
  ),
  // "... calling the report 'a pack of lies' [GALLO/GETTY]", "... 01 December 2014 [EPA]": a description, then the
  // picture's sources in square brackets, a picture agency among them. Not a news agency alone ("... a single number.
  // [Agencies]" closes a report), nor two parties ("[Labour/Conservative]").
  new RegExp(
    `^(?![^[]*\\b(?:said|says|told|added|stated)\\b)[^[\\]]{10,300}\\s\\[(?:\\p{Lu}[\\p{L}.&'’ -]{1,30}\\/\\s?(?:${PICTURE_AGENCIES})|EPA|GETTY|Getty Images|GALLO|Shutterstock|Alamy|ALAMY)\\]$`,
    'u',
  ),
  // "... fleeing the Russian invasion.Photography by Anna Liminowicz/The Globe and Mail": the photographer and the paper.
  /[.!?”"]\s*Photography by \p{Lu}[^/.!?]{2,40}\/\s?\p{Lu}[^/.!?]{2,40}$/u,
  // "... to find casual workers.(ABC: Laura Poole)", "(Supplied: Jane Roe)": a description, then whose picture it is
  // and who took it, in brackets.
  // The label is a picture's source: an outlet's initials ("ABC", "ABC News") or a word for a photo, not "(Source: ...)"
  // or "(Report: Tom Berg)" closing a paragraph.
  /^(?![^(]*\bsaid\b)[^()]{10,300}[.!?”"]\s*\((?:\p{Lu}{2,6}(?: News)?|Supplied|Photo|Picture|Image|Getty Images|Getty)\s*:\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}\)$/u,
  // "... released him into the forest. Photos courtesy of WRU/SWD": a description, then who lent the pictures.
  /[.!?”"]\s*(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s+courtesy(?:\s+of)?\s*:?\s*\S[^.!?]{0,60}$/u,
  // "... (Photo by Joel Kowsky / NASA / AFP) / RESTRICTED TO EDITORIAL USE – MANDATORY CREDIT ...": an agency's
  // terms of use, which only its pictures' captions carry.
  /\b(?:RESTRICTED TO EDITORIAL USE|MANDATORY CREDIT)\b/u,
  // "... at Hojna in Deir Ezzor. Pic/PTI": a description, then "Pic/" and the agency.
  new RegExp(`[.!?”"]\\s*(?:[Pp]ic|PIC|[Pp]hoto|PHOTO|[Pp]icture)\\s*\\/\\s*(?:${AGENCIES}|\\p{Lu}{2,10})$`, 'u'),
  // "... as Ceasefire Talks Stall. Source: Kremlin.ru, CC BY 4.0, via Wikimedia Commons": an image's source and licence.
  // The licence closes the line (a study "published under a CC BY 4.0 licence and ..." is a sentence about one).
  /(?:^|[.!?”"]\s*)(?:[Ss]ource|[Ii]mage|[Pp]hoto|[Cc]redit)\s*:\s*[^!?]{2,120}?(?:,\s*CC BY(?:-SA)?(?:-NC)?(?:-ND)? \d\.\d)?,?\s*(?:via Wikimedia Commons|CC BY(?:-SA)?(?:-NC)?(?:-ND)? \d\.\d)\.?$/u,
  // "Headshot of Jessica Page", "Stock photo of businessman crossing out people on a board": an image's alt text.
  /^(?:headshot|head shot|stock (?:photo|image|picture|illustration)|close[- ]up|an? (?:photo|image|picture|file photo)) of\b[^!?]{2,160}(?<![.!?])$/i,
  // "Inside the new Beefsteak | Photo: Rey Lopez": a description, a bar, then the photo's credit.
  new RegExp(`^[^|]{6,120}\\s\\|\\s*${PHOTO_WORD}(?: credit)?\\s*(?::|by\\b)\\s*[^.!?|]{2,60}$`, 'iu'),
  // "... in Hyde Park in London in July 2005. — AFP pic": a description, a dash, then whose picture it is.
  // "... their prices. – The Malaysian Insight file pic, July 6, 2018.": the same, a file picture and its date.
  new RegExp(
    `^(?![^.!?]*\\bsaid\\b)[^.!?]{10,200}[.!?]\\s*[―–—-]\\s*\\p{Lu}[\\p{L}&.' ]{1,30}\\s+(?:file\\s+)?(?:pic|photo|picture|image)s?(?:,\\s+[\\p{L}\\d ,]{4,25}\\.?)?$`,
    'u',
  ),
  // "... at the arena in Paris in 2017. | AFP-JIJI": a description, then the agency's credit after a bar.
  new RegExp(`[.!?)]\\s*\\|\\s*(?:${AGENCIES})(?:[-/]\\p{Lu}{2,10})*\\s*$`, 'u'),
];

// "... at the Orbis Arena (Photo: Dario Venn)": a credit in brackets closing a description; "... in Kingsville, Ont.
// (Photo courtesy of the Town of Kingsville)", "... in the Auckland region (Image: RNZ/Marika Khabazi).": who lent it,
// and a full stop after a bracket that names whose picture it is ("courtesy of" then closes a report's sentence:
// "... a shop was robbed on Friday (image courtesy of Harbour Police).").
const BRACKETED_CREDIT = new RegExp(
  ` \\(${PHOTO_WORD}(?: credit)?\\s*(?:(?::|by\\b|courtesy(?:\\s+of)?\\b)[^()]{2,80}\\)|(?::|by\\b)[^()]{2,80}\\)\\.)$`,
  'iu',
);
// "... in Michigan history. (Andrew Roth | Flint Beat)": the photographer and the outlet in brackets, closing a description.
// "... gives the crowd a thumbs up. (CARLOS BARRIA/REUTERS)", "(Tom Williams/CQ Roll Call)": the same with a slash
// and an outlet in capitals or named as one ("(Fort Worth / Dallas)", "(Los Angeles/Long Beach)" name places).
const BRACKETED_NAME_AND_OUTLET =
  / \(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}(?:\s*\|\s*\p{Lu}[^()|/]{1,40}|\/(?:\p{Lu}[\p{Lu}\d&.]+(?: \p{Lu}[\p{Lu}\d&.]+)*|[^()|/]{1,40}\b(?:Call|Images|Photos?|Press|News|Times|Post|Herald|Wire|Agency)))\)$/u;
// "... collect rifles near Port Salven (File photo)": a stock photo's marker closing a description; "... repeatedly
// struck her (Court sketch)": a courtroom artist's drawing in place of a photo.
const BRACKETED_MARKER =
  / \((?:(?:file|archive|stock|representational|representative) (?:photo|photograph|image|picture|pic)|court(?:room)? (?:sketch|drawing))\)$/iu;
// "... being shown new solar facility (BGIS Photo)": whose photo it is, in initials, closing a description (a
// government's information service, an agency), or a body's ("(Kelsford Council Photo)", "(Courtesy Photo)"). Not
// "(Best Motion Picture)" nor "(Wildlife Photo)": an award's.
const BRACKETED_WHOSE_PHOTO = new RegExp(
  String.raw` \((?:\p{Lu}{2,8}|File|Courtesy|${AGENCIES}|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Council|Government|Ministry|Office|Service|Police|Department|Agency))\s+(?:Photo|PHOTO|Photograph|Pic)s?\)$`,
  'u',
);
const MIN_DESCRIPTION = 10;

/** A photo caption: a description followed by the photo's credit, or marked "Image caption". */
function isPhotoCaption(text: string): boolean {
  const bracketed = BRACKETED_CREDIT.exec(text);
  if (bracketed && bracketed.index >= MIN_DESCRIPTION) return true;
  const named = BRACKETED_NAME_AND_OUTLET.exec(text);
  // A quotation's paragraph credited so is a quotation, not a caption.
  const described = named ? text.slice(0, named.index) : '';
  if (named && named.index >= MIN_DESCRIPTION && /[.!?]$/u.test(described) && !/["“”]/u.test(described)) return true;
  const marker = BRACKETED_MARKER.exec(text) ?? BRACKETED_WHOSE_PHOTO.exec(text);
  if (marker && marker.index >= MIN_DESCRIPTION) return true;
  return CAPTION_LINES.some((pattern) => pattern.test(text));
}
