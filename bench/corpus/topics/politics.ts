import type { TopicVocabulary } from '../topic-vocabulary';

export const politics: TopicVocabulary = {
  qcode: 'medtop:11000000',
  weight: 14,
  subjects: ['the government', 'opposition lawmakers', 'the ruling coalition', 'the parliament', 'the cabinet', 'the prime minister', 'regional leaders', 'the electoral commission', 'party officials', 'the president'],
  actions: ['call an early election', 'reform the electoral law', 'approve the budget in parliament', 'hold a referendum on the constitution', 'form a new coalition government', 'reshuffle the cabinet', 'delay the vote on regional autonomy', 'back a motion of no confidence', 'cut the number of ministries', 'open talks with the opposition'],
  things: ['the election campaign', 'the coalition agreement', 'the constitutional reform', 'the parliamentary vote', 'the budget debate', 'voter turnout', 'the referendum', 'the new electoral law', 'the confidence vote', 'party funding rules', 'the government’s majority'],
  roles: ['prime minister', 'interior minister', 'opposition leader', 'party spokesperson', 'member of parliament', 'speaker of parliament', 'regional governor', 'mayor'],
  organisations: ['the {place} Democratic Alliance', 'the People’s Party of {place}', 'the {place} City Council', 'the National Assembly', 'the Electoral Commission of {place}', 'the Green Union', 'the {place} Liberal Front'],
  quotes: ['The voters have sent us a clear message and we intend to listen', 'This government has lost the confidence of the people', 'We will not be rushed into an agreement that betrays our voters', 'Democracy is not a spectator sport', 'I’m confident we’ll have the votes when it matters', 'Nobody wants another election, but nobody is afraid of one either', 'The coalition is stronger than its critics think', 'Our party has always stood for honest government'],
  headings: ['A divided parliament', 'What the opposition wants', 'The road to the vote', 'Coalition arithmetic', 'Reaction from the regions'],
  headlines: ['{place} parliament votes to {action}', 'Coalition talks in {place} stall over {thing}', '{org} wins {percent} per cent in regional election', 'Prime minister faces confidence vote over {thing}', 'Opposition in {place} demands inquiry into {thing}', 'Cabinet agrees to {action}'],
  facts: ['Turnout in the {place} election reached {percent} per cent, the highest since {year}.', 'The ruling coalition holds {n} of the chamber’s {big} seats.', 'The motion was carried by {n} votes to {n}.', 'Polls published in {month} put support for the government at {percent} per cent.', 'The last referendum in {place} was held in {year}.'],
};
