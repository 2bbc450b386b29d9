import type { TopicVocabulary } from '../topic-vocabulary';

export const society: TopicVocabulary = {
  qcode: 'medtop:14000000',
  weight: 5,
  subjects: ['charities', 'the social affairs ministry', 'campaigners', 'the city council', 'community groups', 'housing associations', 'volunteers', 'the welfare office', 'migrant organisations', 'residents'],
  actions: ['build more social housing', 'raise the minimum pension', 'help homeless families', 'tackle discrimination at work', 'support refugees arriving in the city', 'fund the food banks', 'improve access for disabled people', 'reform the welfare system', 'protect victims of domestic abuse', 'open a new community centre'],
  things: ['poverty', 'homelessness', 'the housing crisis', 'inequality', 'the welfare reform', 'discrimination', 'immigration', 'the ageing population', 'family benefits', 'social exclusion', 'child poverty'],
  roles: ['social affairs minister', 'charity director', 'community organiser', 'housing officer', 'campaigner', 'social worker'],
  organisations: ['the {place} Food Bank', 'Shelter {place}', 'the {place} Housing Association', 'the Equal Rights Network', 'the {place} Welfare Office'],
  quotes: ['Nobody should have to choose between heating and eating', 'We see more families every week', 'Housing is a right, not a luxury', 'The system is failing the people it was built to protect', 'Our volunteers are the backbone of this community', 'Discrimination doesn’t disappear just because we stop talking about it', 'Older people deserve dignity', 'We need homes people can actually afford'],
  headings: ['Life on the waiting list', 'The numbers behind the crisis', 'Voices from the community', 'What the council promises', 'A question of fairness'],
  headlines: ['Food banks in {place} report record demand', 'Council pledges to {action}', 'Campaigners call for action on {thing}', 'Report finds {thing} rising in {place}', 'Charity warns over {thing}', 'New law aims to {action}'],
  facts: ['The number of homeless families rose by {percent} per cent.', 'About {big} people are on the waiting list for social housing.', 'One in {n} children lives in poverty, the report found.', 'The food bank handed out {big} parcels last year.', 'The programme will receive {money} from the state.'],
};
