import { MODALS, MONTHS, REACTIONS, WEEKDAYS } from './generic-phrases';
import { pickPopular, type CorpusWorld } from './corpus-world';
import { companyName, personName, placeName, type Person } from './names';
import type { Random } from './random';
import type { TopicVocabulary } from './topic-vocabulary';

export type CastMember = Person & { role: string; mentioned: boolean };

/** Everything one article is about: its topics, places, organisations and people, fixed before writing. */
export type ArticleContext = {
  random: Random;
  topic: TopicVocabulary;
  /** A second topic that some sentences borrow their words from; null for single-topic stories. */
  secondary: TopicVocabulary | null;
  year: number;
  /** The weekday of the article's date: news reports what happened "on Tuesday". */
  weekday: string;
  places: string[];
  company: string;
  organisations: string[];
  cast: CastMember[];
  /** Sentences and quotations already used, so that an article does not say the same thing twice in a row. */
  used: Set<string>;
};

/** Shares of people, places and companies that come from the archive's recurring world rather than appearing once. */
const RECURRING_PEOPLE = 0.6;
const RECURRING_PLACES = 0.85;
const RECURRING_COMPANIES = 0.7;

export function createContext(
  world: CorpusWorld,
  random: Random,
  date: string,
  topic: TopicVocabulary,
  secondary: TopicVocabulary | null,
): ArticleContext {
  const recurring = world.peopleByTopic.get(topic) ?? [];
  const cast: CastMember[] = [];
  const castSize = random.int(2, 4);
  // A popular name can come up twice: draw again rather than cast one person as two.
  for (let attempt = 0; cast.length < castSize && attempt < 12; attempt += 1) {
    const person =
      recurring.length && random.chance(RECURRING_PEOPLE)
        ? pickPopular(random, recurring)
        : { ...personName(random), role: random.pick(topic.roles) };
    if (!cast.some((member) => member.last === person.last)) cast.push({ ...person, mentioned: false });
  }
  const place = () => (random.chance(RECURRING_PLACES) ? pickPopular(random, world.places) : placeName(random));
  const context: ArticleContext = {
    random,
    topic,
    secondary,
    year: Number(date.slice(0, 4)),
    weekday: WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] as string,
    places: [...new Set(Array.from({ length: random.int(1, 3) }, place))],
    company: random.chance(RECURRING_COMPANIES) ? pickPopular(random, world.companies) : companyName(random),
    organisations: [],
    cast,
    used: new Set(),
  };
  const organisationCount = random.int(2, 3);
  for (let attempt = 0; attempt < 8 && context.organisations.length < organisationCount; attempt += 1) {
    const name = fill(context, random.pick(topic.organisations), topic);
    if (!context.organisations.includes(name)) context.organisations.push(name);
  }
  return context;
}

/** The topic a sentence draws its words from: mostly the main one, sometimes the second. */
export function sentenceTopic(context: ArticleContext): TopicVocabulary {
  return context.secondary && context.random.chance(0.25) ? context.secondary : context.topic;
}

/** One of `items`, preferring those this article has not used yet (a few tries, then whatever comes). */
export function pickFresh(context: ArticleContext, items: readonly string[]): string {
  let choice = context.random.pick(items);
  for (let attempt = 0; attempt < 4 && context.used.has(choice); attempt += 1) choice = context.random.pick(items);
  context.used.add(choice);
  return choice;
}

/** How a cast member is named: in full with the role the first time, by surname after. */
export function mention(member: CastMember): string {
  if (member.mentioned) return member.last;
  member.mentioned = true;
  return `${member.role} ${member.first} ${member.last}`;
}

export function pronoun(member: Person): string {
  return member.gender === 'female' ? 'she' : 'he';
}

/** Fills every {placeholder} of `pattern` with words of `topic` and of the article. */
export function fill(context: ArticleContext, pattern: string, topic: TopicVocabulary = context.topic): string {
  const { random } = context;
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = placeholderValue(context, name.toLowerCase(), topic, random);
    return name.charAt(0) === name.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}

function moneyAmount(random: Random): string {
  const amount = 1 + 899 * random.next() ** 2;
  if (random.chance(0.2)) return (Math.round(amount) * 1000).toLocaleString('en-GB');
  const unit = random.chance(0.8) ? 'million' : 'billion';
  return `${amount < 100 ? amount.toFixed(1) : Math.round(amount)} ${unit}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function placeholderValue(context: ArticleContext, name: string, topic: TopicVocabulary, random: Random): string {
  switch (name) {
    case 'place':
      return random.chance(0.6) ? (context.places[0] as string) : random.pick(context.places);
    case 'org':
      return context.organisations.length ? random.pick(context.organisations) : context.company;
    case 'company':
      return context.company;
    case 'surname':
      return (context.cast[0] as CastMember).last;
    case 'subject':
      return random.chance(0.15) && context.organisations.length ? random.pick(context.organisations) : random.pick(topic.subjects);
    case 'modal':
      return random.pick(MODALS);
    case 'action':
      return fill(context, pickFresh(context, topic.actions), topic);
    case 'thing':
      return pickFresh(context, topic.things);
    case 'speaker':
      return mention(random.pick(context.cast));
    case 'reaction':
      return fill(context, random.pick(REACTIONS), topic);
    case 'n':
      return String(2 + Math.floor(38 * random.next() ** 2));
    case 'digit':
      return String(random.int(1, 9));
    case 'big':
      return Math.round(100 * 900 ** random.next()).toLocaleString('en-GB');
    case 'percent':
      return random.chance(0.5) ? String(random.int(1, 80)) : (random.next() * 20).toFixed(1);
    case 'money':
      return `${moneyAmount(random)} ${random.pick(['euros', 'dollars', 'crowns'])}`;
    case 'year':
      return String(context.year - random.int(1, 30));
    case 'month':
      return random.pick(MONTHS);
    case 'weekday':
      return context.weekday;
    default:
      throw new Error(`unknown placeholder {${name}} in the corpus vocabulary`);
  }
}
