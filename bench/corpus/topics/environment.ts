import type { TopicVocabulary } from '../topic-vocabulary';

export const environment: TopicVocabulary = {
  qcode: 'medtop:06000000',
  weight: 5,
  subjects: ['environmental groups', 'the environment ministry', 'conservationists', 'the energy company', 'climate activists', 'the national park service', 'farmers', 'the water authority', 'the city', 'the regulator'],
  actions: ['cut carbon emissions by half', 'protect the wetlands', 'close the coal-fired power station', 'ban single-use plastics', 'plant a million trees', 'clean up the polluted river', 'expand the nature reserve', 'build a wind farm offshore', 'reintroduce wolves to the forest', 'tax diesel cars'],
  things: ['climate change', 'air pollution', 'the plastic waste', 'the endangered species', 'carbon emissions', 'the deforestation', 'renewable energy', 'the drought', 'biodiversity', 'the nature reserve', 'water quality'],
  roles: ['environment minister', 'climate scientist', 'conservation officer', 'campaign director', 'park ranger', 'ecologist'],
  organisations: ['the {place} Wildlife Trust', 'Friends of the {place} Forest', 'the Environmental Protection Agency', '{company}', 'the {place} Climate Coalition'],
  quotes: ['We cannot keep treating the river as a dump', 'Climate change is not a distant threat, it is here', 'Every tree we plant today is a gift to our grandchildren', 'The wildlife is coming back, slowly but surely', 'We’ve been warning about this pollution for ten years', 'Clean energy is cheaper now than coal', 'Nature doesn’t negotiate', 'The targets are ambitious but they’re achievable'],
  headings: ['The state of the river', 'Counting the cost of pollution', 'Wildlife returns', 'The energy transition', 'What residents can do'],
  headlines: ['{place} pledges to {action}', 'Pollution in {place} river reaches record level', 'Conservationists welcome plan to {action}', 'Drought threatens {thing}', 'Wind farm approved off the coast of {place}', 'Rare birds return to {place} wetlands'],
  facts: ['Emissions fell by {percent} per cent between {year} and last year.', 'The reserve covers {big} hectares.', 'Only {n} breeding pairs remain in the wild.', 'The clean-up is expected to cost {money}.', 'Air pollution levels exceeded the safe limit on {n} days this year.'],
};
