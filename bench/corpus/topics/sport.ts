import type { TopicVocabulary } from '../topic-vocabulary';

export const sport: TopicVocabulary = {
  qcode: 'medtop:15000000',
  weight: 11,
  subjects: ['the team', 'the coach', 'the club', 'the champions', 'the national side', 'the league', 'the captain', 'the visiting side', 'the players', 'the federation'],
  actions: ['win the championship', 'sign a new striker', 'qualify for the final', 'sack the head coach', 'defend the title', 'build a new stadium', 'appeal against the red card', 'reach the semi-finals', 'extend the captain’s contract', 'avoid relegation'],
  things: ['the cup final', 'the championship', 'the transfer window', 'the league title', 'the match', 'the season opener', 'the relegation battle', 'the tournament', 'the world record', 'the derby', 'the qualifying round'],
  roles: ['head coach', 'captain', 'goalkeeper', 'striker', 'club president', 'sporting director', 'team manager', 'referee'],
  organisations: ['{place} United', 'FC {place}', 'the {place} Football Federation', '{place} Athletic', 'the National Cycling League', 'the {place} Rowing Club'],
  quotes: ['We played with heart and the result shows it', 'It’s a great day for the club and for the fans', 'We didn’t deserve to lose, but that’s football', 'The players gave everything in the second half', 'Winning the title is the only goal this season', 'I’ve never seen a crowd like it', 'We’ll go back to training and fix what went wrong', 'The referee had a difficult afternoon'],
  headings: ['Match report', 'How the goals came', 'Title race', 'The coach’s verdict', 'Looking ahead to the final'],
  headlines: ['{place} United beat {place} Athletic to {action}', 'Late goal sends {place} into the final', 'Coach vows to {action}', '{surname} breaks national record in {place}', 'Fans celebrate as {place} win the championship', 'Federation fines club over {thing}'],
  facts: ['The home side won {n}-{n} in front of {big} supporters.', 'It was the club’s first title since {year}.', 'The striker has scored {n} goals in {n} games this season.', 'Tickets for the final sold out in {n} minutes.', 'The transfer fee is reported to be {money}.'],
};
