import type { TopicVocabulary } from './topic-vocabulary';
import { arts } from './topics/arts';
import { conflict } from './topics/conflict';
import { crime } from './topics/crime';
import { disaster } from './topics/disaster';
import { economy } from './topics/economy';
import { education } from './topics/education';
import { environment } from './topics/environment';
import { health } from './topics/health';
import { humanInterest } from './topics/human-interest';
import { labour } from './topics/labour';
import { lifestyle } from './topics/lifestyle';
import { politics } from './topics/politics';
import { religion } from './topics/religion';
import { science } from './topics/science';
import { society } from './topics/society';
import { sport } from './topics/sport';
import { weather } from './topics/weather';

/** The 17 IPTC Media Topics of the top level, one vocabulary each. */
export const allTopics: readonly TopicVocabulary[] = [
  arts,
  crime,
  disaster,
  economy,
  education,
  environment,
  health,
  humanInterest,
  labour,
  lifestyle,
  politics,
  religion,
  science,
  society,
  sport,
  conflict,
  weather,
];
