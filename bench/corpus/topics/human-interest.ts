import type { TopicVocabulary } from '../topic-vocabulary';

export const humanInterest: TopicVocabulary = {
  qcode: 'medtop:08000000',
  weight: 3,
  subjects: ['the villagers', 'the family', 'the neighbours', 'the animal shelter', 'the twins', 'the retired teacher', 'the fishermen', 'the children', 'the volunteers', 'the old couple'],
  actions: ['celebrate her hundredth birthday', 'find the lost dog after three weeks', 'return the wallet to its owner', 'reunite after fifty years', 'rescue the stranded whale', 'raise money for the sick boy', 'grow the biggest pumpkin in the country', 'restore the village clock', 'adopt the abandoned kittens', 'sail around the world alone'],
  things: ['the reunion', 'the birthday party', 'the lost dog', 'the world record attempt', 'the act of kindness', 'the village fair', 'the love letter found in the attic', 'the long journey home', 'the wedding', 'the rescue', 'the surprise'],
  roles: ['pensioner', 'shelter manager', 'neighbour', 'postman', 'fisherman', 'school caretaker'],
  organisations: ['the {place} Animal Shelter', 'the {place} Village Association', 'the {place} Lifeboat Station', 'the {place} Community Choir'],
  quotes: ['I never thought I’d see him again', 'The whole street came out to help', 'She has always been the heart of the village', 'We just did what anyone would have done', 'I’ve had a good life, and I’d do it all again', 'The dog walked straight up to me as if nothing had happened', 'It still feels like a dream', 'You don’t expect something like that on an ordinary Tuesday'],
  headings: ['A long wait', 'How it began', 'The village reacts', 'A happy ending', 'Memories'],
  headlines: ['Woman in {place} celebrates her 100th birthday', 'Lost dog finds its way home to {place}', 'Brothers reunite after {n} years apart', 'Villagers in {place} {action}', 'Fisherman rescues stranded whale near {place}', 'The letter that waited {n} years'],
  facts: ['She was born in {year}, the youngest of {n} children.', 'The appeal raised {money} in a week.', 'The dog had travelled {n} kilometres.', 'The couple have {n} grandchildren.', 'More than {big} people signed the card.'],
};
