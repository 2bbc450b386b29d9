import type { TopicVocabulary } from '../topic-vocabulary';

export const lifestyle: TopicVocabulary = {
  qcode: 'medtop:10000000',
  weight: 4,
  subjects: ['the restaurant', 'tourists', 'the chefs', 'hikers', 'the hotel', 'gardeners', 'the tourism board', 'holidaymakers', 'the fashion house', 'the festival-goers'],
  actions: ['open a new restaurant by the harbour', 'reopen the mountain trails', 'welcome more tourists this summer', 'launch a cookery school', 'restore the old market hall', 'ban cars from the old town', 'host the food festival', 'open the beach to swimmers', 'build a cycling path along the coast', 'revive traditional recipes'],
  things: ['the tourist season', 'the food festival', 'the new restaurant', 'the holiday bookings', 'the hiking trail', 'the local cuisine', 'the fashion week', 'the hotel', 'the wine harvest', 'the gardening show', 'the travel boom'],
  roles: ['head chef', 'hotel manager', 'tourism director', 'travel writer', 'designer', 'sommelier'],
  organisations: ['the {place} Tourism Board', 'Hotel {place}', 'the {place} Food Festival', '{company}', 'the {place} Hiking Association'],
  quotes: ['Good food starts with good ingredients, that’s all', 'The summer was busier than we ever imagined', 'People want to slow down when they travel now', 'We cook what the season gives us', 'The trail is beautiful, but walkers must respect it', 'Our guests come back year after year', 'Fashion should be fun again', 'It’s a place you have to see for yourself'],
  headings: ['What to eat', 'Where to stay', 'Getting there', 'The season ahead', 'A taste of the region'],
  headlines: ['Tourists return to {place} for {thing}', '{place} hotel plans to {action}', 'Chef brings {thing} to the capital', 'Holiday bookings to {place} up {percent} per cent', 'Town votes to {action}', 'Food festival in {place} draws record crowds'],
  facts: ['Hotel bookings rose by {percent} per cent this summer.', 'The festival attracted {big} visitors.', 'The trail runs for {n} kilometres.', 'A dinner for two costs about {money}.', 'The restaurant opened in {year}.'],
};
