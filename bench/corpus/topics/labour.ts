import type { TopicVocabulary } from '../topic-vocabulary';

export const labour: TopicVocabulary = {
  qcode: 'medtop:09000000',
  weight: 4,
  subjects: ['the unions', 'workers', 'employers', 'the labour ministry', 'the dockworkers', 'the rail staff', 'the management', 'the union leaders', 'the employers’ federation', 'nurses and teachers'],
  actions: ['go on strike for better pay', 'accept the new wage offer', 'cut {big} jobs', 'raise the minimum wage', 'shorten the working week', 'negotiate a new collective agreement', 'call off the walkout', 'protect pension rights', 'hire seasonal workers', 'improve safety at work'],
  things: ['the strike', 'the pay dispute', 'unemployment', 'the minimum wage', 'the job cuts', 'working conditions', 'the collective agreement', 'pensions', 'the labour market', 'overtime pay', 'the four-day week'],
  roles: ['union leader', 'labour minister', 'human resources director', 'shop steward', 'employers’ spokesperson', 'mediator'],
  organisations: ['the {place} Workers’ Union', 'the Federation of Employers', 'the Transport Workers’ Union', '{company}', 'the {place} Labour Office'],
  quotes: ['Our members have not had a real pay rise in years', 'The strike will go ahead unless the offer improves', 'We value our staff, but the company must stay competitive', 'Nobody wants to strike, but we’ve been left with no choice', 'A fair day’s pay for a fair day’s work', 'The talks were long and difficult', 'These jobs are the heart of this town', 'We will keep negotiating as long as it takes'],
  headings: ['On the picket line', 'The offer on the table', 'What the strike means for travellers', 'Jobs at risk', 'The employers’ case'],
  headlines: ['Workers in {place} {action}', 'Union rejects pay offer from {company}', 'Strike halts trains across {place}', '{company} to {action}', 'Unemployment in {place} falls to {percent} per cent', 'Talks to end {thing} collapse'],
  facts: ['Around {big} workers joined the strike.', 'The union is asking for a pay rise of {percent} per cent.', 'The company employs {big} people in {place}.', 'Unemployment fell to {percent} per cent in {month}.', 'The last national strike took place in {year}.'],
};
