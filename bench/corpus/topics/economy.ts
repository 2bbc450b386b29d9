import type { TopicVocabulary } from '../topic-vocabulary';

export const economy: TopicVocabulary = {
  qcode: 'medtop:04000000',
  weight: 13,
  subjects: ['the central bank', 'investors', 'the finance ministry', 'the company', 'shareholders', 'exporters', 'the stock exchange', 'retailers', 'the banks', 'small businesses'],
  actions: ['raise interest rates', 'cut its profit forecast', 'sell the loss-making division', 'list its shares on the stock exchange', 'buy a rival manufacturer', 'reduce the trade deficit', 'lower corporate tax', 'restructure its debt', 'freeze the price of fuel', 'invest in new factories'],
  things: ['inflation', 'the interest rate decision', 'quarterly earnings', 'the merger', 'consumer spending', 'the trade deficit', 'the housing market', 'economic growth', 'the currency', 'the company’s annual results', 'business investment'],
  roles: ['finance minister', 'chief executive', 'central bank governor', 'chief economist', 'analyst', 'chair of the board', 'trade envoy'],
  organisations: ['{company}', 'the Central Bank of {place}', 'the {place} Stock Exchange', 'the {place} Chamber of Commerce', '{company}', 'the {place} Finance Ministry'],
  quotes: ['Inflation remains too high and we are prepared to act', 'The market has already priced in a slowdown', 'We expect a stronger second half of the year', 'This merger creates a company that can compete with anyone', 'Households are feeling the squeeze and it shows in the figures', 'Our balance sheet has never been stronger', 'It’s a difficult environment for exporters', 'Investors want clarity, and right now they don’t have it'],
  headings: ['Markets react', 'What it means for borrowers', 'A tough quarter', 'The outlook', 'Pressure on prices'],
  headlines: ['Central bank moves to {action}', '{company} shares fall after profit warning', 'Inflation in {place} rises to {percent} per cent', '{company} agrees {money} takeover', 'Growth slows as {thing} weighs on the economy', 'Exporters in {place} warn over {thing}'],
  facts: ['Annual inflation rose to {percent} per cent in {month}, up from {percent} per cent a month earlier.', 'The company reported a net profit of {money}, against {money} a year before.', 'Shares closed {percent} per cent lower at the end of trading.', 'The economy grew by {percent} per cent in the third quarter.', 'The deal values the business at {money}.', 'Unemployment stood at {percent} per cent, according to the statistics office.'],
};
