import type { TopicVocabulary } from '../topic-vocabulary';

export const disaster: TopicVocabulary = {
  qcode: 'medtop:03000000',
  weight: 4,
  subjects: ['rescue teams', 'emergency services', 'firefighters', 'the coastguard', 'the civil protection agency', 'volunteers', 'the authorities', 'aid workers', 'the army engineers', 'the railway operator'],
  actions: ['evacuate the villages along the river', 'search the rubble for survivors', 'declare a state of emergency', 'reopen the damaged bridge', 'rebuild the homes destroyed by the earthquake', 'investigate the cause of the crash', 'contain the forest fire', 'restore power to the region', 'set up emergency shelters', 'rescue the stranded passengers'],
  things: ['the earthquake', 'the flood', 'the train crash', 'the forest fire', 'the explosion', 'the landslide', 'the rescue operation', 'the emergency response', 'the plane accident', 'the damage', 'the evacuation'],
  roles: ['fire chief', 'head of civil protection', 'rescue coordinator', 'mayor', 'crash investigator', 'emergency doctor'],
  organisations: ['the {place} Fire Service', 'the Civil Protection Agency', 'the {place} Red Cross', 'the National Accident Board', 'the {place} Emergency Service'],
  quotes: ['We are still searching and we have not given up hope', 'The water came up faster than anyone expected', 'Our teams have been working through the night', 'It’s the worst damage I’ve seen in thirty years', 'People should stay away from the area until it is safe', 'We owe it to the victims to find out what went wrong', 'The whole village has lost everything', 'Help is on its way'],
  headings: ['The rescue effort', 'How it happened', 'Counting the damage', 'Survivors’ stories', 'Questions about safety'],
  headlines: ['Earthquake strikes near {place}', 'Floods force thousands from homes in {place}', 'Rescuers {action}', 'Train crash near {place} kills {n}', 'Forest fire spreads towards {place}', 'Investigators begin to {action}'],
  facts: ['The earthquake had a magnitude of {digit}.{digit}.', 'At least {n} people were killed and {big} injured.', 'Around {big} homes were left without electricity.', 'Damage is estimated at {money}.', 'It was the region’s worst flood since {year}.'],
};
