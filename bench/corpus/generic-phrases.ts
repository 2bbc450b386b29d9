/**
 * Sentences any news story can use, whatever its topic; the topic's words fill them. Placeholders
 * as in topic-vocabulary.ts, plus {subject} (who acts), {modal} (a verb that takes "to" or a bare
 * infinitive and agrees with any subject), {speaker} (someone of the article's cast) and {reaction}.
 * A capitalised placeholder ({Subject}) capitalises its value.
 */

export const MODALS = [
  'will',
  'would',
  'could',
  'agreed to',
  'voted to',
  'promised to',
  'refused to',
  'moved to',
  'decided to',
  'failed to',
  'pledged to',
  'threatened to',
  'hopes to',
  'may yet',
];

export const REACTIONS = [
  'surprised many observers',
  'drew immediate criticism from {org}',
  'had been expected for weeks',
  'could reshape {thing}',
  'was welcomed by {org}',
  'caught many in {place} off guard',
];

export const LEADS = [
  '{Speaker} said on {weekday} that {subject} {modal} {action}.',
  '{Subject} {modal} {action} on {weekday}, in a move that {reaction}.',
  'In {place}, {subject} {modal} {action} after weeks of debate over {thing}.',
  '{Org} said on {weekday} that it would {action}, a decision that {reaction}.',
  '{Subject} in {place} {modal} {action}, {speaker} told reporters on {weekday}.',
];

export const NARRATIVE = [
  '{Subject} {modal} {action}, according to {org}.',
  'Debate over {thing} has dominated public life in {place} for months.',
  'Critics say the plan does little to address {thing}.',
  '{Org} did not respond to a request for comment.',
  'Last {month}, {subject} {modal} {action}.',
  '{Speaker} is expected to present a report on {thing} next week.',
  'Residents of {place} have raised concerns about {thing} for years.',
  'It is not yet clear whether {subject} will {action}.',
  'Observers in {place} say {thing} will be the main test for {org} this year.',
  'Supporters argue that {subject} must {action} before the end of the year.',
  'A decision on {thing} is expected by the end of {month}.',
  'Officials in {place} said they were studying the proposals.',
  'Speaking in {place} on {weekday}, {speaker} said {subject} would {action}.',
  '{Org} has previously said it would {action}.',
  'Both sides are due to meet again in {month}.',
  'The announcement comes at a sensitive time for {org}.',
  '{Speaker} said the situation in {place} was being watched closely.',
  'Questions about {thing} are likely to come up again when {org} meets in {month}.',
  'Similar plans were dropped in {year} after opposition from {org}.',
  'The issue has been complicated by {thing}, which {org} has described as a priority.',
  'Many in {place} remain unconvinced.',
  'The full report is due to be published in {month}.',
  '{Org} said it welcomed the decision but wanted more detail.',
  'The proposals would also affect {thing}, officials said.',
  'Local media in {place} reported that {subject} {modal} {action}.',
  '{Speaker}, who has held the post since {year}, has made {thing} a priority.',
  'The plan, first announced in {month}, has been revised {n} times.',
  'For now, {thing} remains at the top of the agenda in {place}.',
  'The latest figures suggest {thing} is not going away.',
  'Some in {org} privately admit that {subject} {modal} {action}.',
];

export const GENERIC_QUOTES = [
  'We have been clear about this from the very beginning',
  'There is still a great deal of work to do',
  'Nobody should be surprised by what happened',
  'This is not the end of the story',
  'We are listening, and we will act',
  'It’s a difficult moment, but we’ve been here before',
  'People deserve honest answers',
  'I don’t think anyone expected it to go this far',
  'We will look at every option on the table',
  'The decision was not an easy one',
  'We owe it to the people of this region to get it right',
  'Time is running out, and everyone knows it',
];

/** Quoted phrases nobody in particular said: the quotes that must get no speaker. */
export const SCARE_PHRASES = ['reform package', 'new normal', 'temporary measure', 'historic deal', 'quiet revolution', 'red line'];

export const GENERIC_HEADINGS = [
  'What happens next?',
  'Background',
  'The reaction',
  'Looking ahead',
  'Why it matters',
  'A long history',
  'The numbers',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Short quoted phrases that sit inside a sentence ("said it was “long overdue”"). */
export const FRAGMENTS = [
  'a step in the right direction',
  'deeply disappointing',
  'long overdue',
  'simply not acceptable',
  'the only responsible choice',
  'a matter of real urgency',
  'better than nothing',
  'a missed opportunity',
];
