import { allTopics } from './all-topics';
import { companyName, personName, placeName, type Person } from './names';
import { createRandom, mixSeeds, type Random } from './random';
import type { TopicVocabulary } from './topic-vocabulary';

export type RecurringPerson = Person & { role: string };

/**
 * The people, places and companies an archive keeps coming back to. Real news names the same
 * ministers, clubs and towns again and again, while most names appear once: so entity lists and search
 * indexes grow more slowly than the article count. Made from the seed alone, so a corpus of 1,000
 * and one of 100,000 share their world.
 */
export type CorpusWorld = {
  peopleByTopic: ReadonlyMap<TopicVocabulary, readonly RecurringPerson[]>;
  places: readonly string[];
  companies: readonly string[];
};

const PEOPLE_PER_TOPIC = 150;
const PLACES = 400;
const COMPANIES = 300;
const WORLD_STREAM = 0x0a71d;

export function createWorld(seed: number): CorpusWorld {
  const random = createRandom(mixSeeds(seed, WORLD_STREAM));
  const peopleByTopic = new Map(
    allTopics.map((topic) => [
      topic,
      Array.from({ length: PEOPLE_PER_TOPIC }, () => ({ ...personName(random), role: random.pick(topic.roles) })),
    ]),
  );
  return {
    peopleByTopic,
    places: Array.from({ length: PLACES }, () => placeName(random)),
    companies: Array.from({ length: COMPANIES }, () => companyName(random)),
  };
}

/** A few items are picked very often and most rarely, roughly as names are in the news (Zipf-like). */
export function pickPopular<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 3)] as T;
}
