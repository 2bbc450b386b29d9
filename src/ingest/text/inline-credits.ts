import { cutOut } from './cut-span';
import { MONTH_NAME as MONTH } from './month-name';
import type { Draft } from './text-parts';

const AGENCY =
  'AP|AFP|Reuters|REUTERS|IANS|PTI|ANI|UNI|UPI|dpa|DPA|Xinhua|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|Bernama|AAP|KUNA|WAM|SPA|APA|NNA|CNN|Sapa|Anadolu|Antara';
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
const DAY = `(?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?`;

/**
 * A dateline with an agency credit opening the story: "NORTHFORD, Feb 11 (Reuters) - ", "CORRICK (AP) — ",
 * "Varunpur, Oct 20 (IANS) ", "(Reuters) - ". An agency not in the list counts only before a dash:
 * "(The Center Square) – ", "(CNN) — ".
 */
// "Cape Town [South Africa], January 14 (ANI): ": the place may name its country in brackets.
const DATELINE = `(?:(?:${PLACE})(?: \\[${PLACE}\\])?(?:, ${DAY})? )?`;
// An unlisted agency is no country's code: "Melissa Jefferson-Wooden (USA) – gold" is an athlete, her country and her
// medal.
const DATELINE_CREDIT = new RegExp(
  `^${DATELINE}(?:\\((?:${AGENCY})\\)(?: ?[-–—:]+)? |\\((?!\\p{Lu}{3}\\))\\p{Lu}[\\p{L}&.' ]{1,25}\\) ?[-–—]+ )`,
  'u',
);

/** An agency credit closing the story: "... said. - IANS", "... he said. (ANI)", "(With inputs from PTI)". */
const CLOSING_CREDIT = new RegExp(
  `(?<=[.!?”"’)]) (?:[-–—]+ ?(?:${AGENCY}|\\p{Lu}{2,8})|\\((?:${AGENCY}|\\p{Lu}{2,8})\\)|\\([Ww]ith (?:inputs?|agency inputs) from [^()]{1,60}\\)\\.?)$`,
  'u',
);

/** "... on Wednesday. Advertisement": an advert's label the page left at a paragraph's end. */
// "... going home. اضافة اعلان": the same label in Arabic ("add advertisement"), as an Arabic site's English pages leave it.
const TRAILING_ADVERT = /(?<=[.!?”"’)]) (?:Advertisement|ADVERTISEMENT|[اإ]ضافة [اإ]علان)$/u;

/** "... before Chauvin is sentenced.By Amy Wadas": a byline the page ran on to the line above it, with no space. */
const GLUED_BYLINE = /(?<=[\p{Ll}\d][.!?”"’)])By (?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+$/u;

/**
 * "... knocking heads with him on the issue.{{more}}", "{{featured_button_text}}": a site template's placeholder that
 * was never filled in, left between sentences or at a paragraph's end (not "Dear {{first_name}}", nor a sentence about
 * "{{config}}"). Bounded, so a page of braces costs no more than its length.
 */
const TEMPLATE_PLACEHOLDER = /(?<=^|[.!?”"’)]\s?)\{\{\s*[\w.-]{1,40}\s*\}\}(?=\s*$|\s+\p{Lu})/gu;

/** How far into the article datelines and closing credits are looked for. */
const LEADING_DRAFTS = 3;
/**
 * A page's own lines may come before the story's first paragraph (its name, a section label, the headline and its
 * repeat: "DUNYA NEWS", "Entertainment", ...): so far a credit alone in brackets, an agency's or a desk's, opening a
 * paragraph is looked for. Not any name in brackets there: "Mary Wanjiru (Kenya) – 2:21:04" is a result, "(Laughs) –"
 * an interview's note.
 */
const LEADING_DRAFTS_FOR_DESKS = 6;
const DESK_CREDIT = new RegExp(
  `^\\((?:${AGENCY}|(?:\\p{Lu}[\\p{L}&.']*\\s){1,3}(?:Desk|Bureau|Newsroom|News Service))\\)\\s?[-–—:]+\\s`,
  'u',
);
const CLOSING_DRAFTS = 2;
const CLOSING_TAIL = 120;

/**
 * The drafts with agency credits at the start or end of the story cut out, kept as credits, bylines run on to a line,
 * and template placeholders and advert labels cut.
 */
export function cutInlineCredits(drafts: readonly Draft[]): Draft[] {
  return drafts.map((draft, index) => {
    let current = draft;
    if (index < LEADING_DRAFTS) current = cutMatch(current, DATELINE_CREDIT.exec(current.text));
    else if (index < LEADING_DRAFTS_FOR_DESKS) current = cutMatch(current, DESK_CREDIT.exec(current.text));
    if (index < LEADING_DRAFTS) current = cutMatch(current, GLUED_BYLINE.exec(current.text), 'byline');
    if (index >= drafts.length - CLOSING_DRAFTS) current = cutMatch(current, closingCredit(current.text));
    for (const placeholder of [...current.text.matchAll(TEMPLATE_PLACEHOLDER)].reverse()) {
      const at = placeholder.index;
      current = cutOut(current, at, at + placeholder[0].length, { text: '', reason: 'template placeholder' }) ?? current;
    }
    const advert = TRAILING_ADVERT.exec(current.text);
    if (advert) current = cutOut(current, advert.index, advert.index + advert[0].length, { text: '', reason: 'advertisement' }) ?? current;
    return current;
  });
}

/** The closing credit, looked for only in the paragraph's last characters. */
function closingCredit(text: string): RegExpExecArray | null {
  const from = Math.max(0, text.length - CLOSING_TAIL);
  const match = CLOSING_CREDIT.exec(text.slice(from));
  if (match) match.index += from;
  return match;
}

function cutMatch(draft: Draft, match: RegExpExecArray | null, kind: 'credit' | 'byline' = 'credit'): Draft {
  if (!match || match[0].length >= draft.text.length) return draft;
  const reason = kind === 'credit' ? 'agency credit' : 'byline';
  return cutOut(draft, match.index, match.index + match[0].length, { text: '', reason, keptAs: kind }) ?? draft;
}
