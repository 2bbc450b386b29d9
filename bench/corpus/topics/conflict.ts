import type { TopicVocabulary } from '../topic-vocabulary';

export const conflict: TopicVocabulary = {
  qcode: 'medtop:16000000',
  weight: 7,
  subjects: ['the army', 'rebel forces', 'the defence ministry', 'peacekeepers', 'the alliance', 'the negotiators', 'government troops', 'the militia', 'the security council', 'both sides'],
  actions: ['agree to a ceasefire', 'withdraw troops from the border', 'resume the peace talks', 'send more soldiers to the region', 'release the prisoners of war', 'extend the peacekeeping mission', 'impose sanctions on the regime', 'open a humanitarian corridor', 'end the military occupation', 'sign a peace agreement'],
  things: ['the ceasefire', 'the peace talks', 'the military offensive', 'the border conflict', 'the armed insurgency', 'the peacekeeping mission', 'the air strikes', 'the refugee crisis', 'the terrorist attack', 'the civil war', 'the protests'],
  roles: ['defence minister', 'military spokesperson', 'rebel commander', 'peace envoy', 'general', 'foreign minister', 'army chief'],
  organisations: ['the {place} Armed Forces', 'the {place} Liberation Front', 'the Northern Defence Alliance', 'the {place} Defence Ministry', 'the Regional Security Council'],
  quotes: ['There can be no military solution to this conflict', 'Our troops will stay as long as they are needed', 'The ceasefire is fragile but it is holding', 'We’re ready to talk, but not while the shelling continues', 'Civilians are paying the highest price in this war', 'Every soldier wants to come home', 'The attack was a clear violation of the agreement', 'Peace is possible if both sides want it'],
  headings: ['On the front line', 'The talks so far', 'Civilians caught in the fighting', 'What the ceasefire means', 'International reaction'],
  headlines: ['Troops in {place} {action}', 'Ceasefire collapses as fighting returns to {place}', 'Peace talks on {thing} resume in {place}', 'Alliance agrees to {action}', 'Thousands flee fighting near {place}', 'Rebels and army agree prisoner exchange'],
  facts: ['At least {n} soldiers and {n} civilians were killed in the fighting.', 'Around {big} people have fled their homes since {month}.', 'The peacekeeping force numbers about {big} troops.', 'The conflict began in {year}.', 'Aid agencies say {big} people need food assistance.'],
};
