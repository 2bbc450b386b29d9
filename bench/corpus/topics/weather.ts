import type { TopicVocabulary } from '../topic-vocabulary';

export const weather: TopicVocabulary = {
  qcode: 'medtop:17000000',
  weight: 3,
  subjects: ['forecasters', 'the weather service', 'meteorologists', 'the storm', 'the heatwave', 'the cold front', 'the snowfall', 'the authorities', 'farmers', 'drivers'],
  actions: ['issue a red weather warning', 'expect heavy rain over the weekend', 'forecast record temperatures', 'warn of strong winds on the coast', 'close the mountain roads because of snow', 'predict a mild winter', 'measure the rainfall', 'track the storm out to sea', 'lift the frost warning', 'expect thunderstorms in the afternoon'],
  things: ['the heatwave', 'the storm', 'the weather forecast', 'the heavy rain', 'the snowfall', 'the record temperatures', 'the strong winds', 'the cold snap', 'the fog', 'the hail', 'the rainfall'],
  roles: ['meteorologist', 'chief forecaster', 'weather service spokesperson', 'climatologist', 'road safety officer'],
  organisations: ['the National Weather Service', 'the {place} Meteorological Office', 'the {place} Road Authority', 'the Coastal Weather Station'],
  quotes: ['This is the hottest start to summer we’ve ever recorded', 'People should stay indoors during the afternoon', 'The storm will reach the coast late tonight', 'Don’t travel unless you have to', 'We expect the rain to ease by Sunday', 'Temperatures will fall sharply after the weekend', 'The forecast is clear: wrap up warm', 'It’s unusual weather for this time of year'],
  headings: ['The forecast', 'Travel disruption', 'Staying safe in the heat', 'How long will it last?', 'Records broken'],
  headlines: ['Heatwave brings record temperatures to {place}', 'Storm warning issued for {place} coast', 'Forecasters {action}', 'Snow closes roads around {place}', 'Heavy rain floods streets in {place}', 'Weather service warns of {thing}'],
  facts: ['Temperatures reached {n} degrees Celsius on {weekday}.', 'Up to {n} millimetres of rain fell in {n} hours.', 'Wind gusts of {n}0 kilometres per hour were recorded.', 'It was the warmest {month} since records began in {year}.', 'Snow up to {n} centimetres deep is expected.'],
};
