import type { TopicVocabulary } from '../topic-vocabulary';

export const religion: TopicVocabulary = {
  qcode: 'medtop:12000000',
  weight: 2,
  subjects: ['the church', 'religious leaders', 'the congregation', 'the monastery', 'the faith communities', 'the bishops', 'the pilgrims', 'the interfaith council', 'the clergy', 'believers'],
  actions: ['restore the old cathedral', 'welcome pilgrims for the festival', 'open the monastery to visitors', 'ordain women as priests', 'hold an interfaith prayer service', 'return the sacred relics', 'rebuild the burned mosque', 'celebrate the holy day together', 'reform the church’s rules', 'apologise for past abuse'],
  things: ['the pilgrimage', 'the religious festival', 'the cathedral', 'the faith', 'the interfaith dialogue', 'the church reform', 'religious freedom', 'the holy day', 'the synod', 'the temple', 'worship'],
  roles: ['bishop', 'imam', 'rabbi', 'abbess', 'priest', 'spokesperson for the diocese'],
  organisations: ['the Diocese of {place}', 'the {place} Interfaith Council', 'the Monastery of Saint {surname}', 'the {place} Islamic Centre', 'the {place} Synagogue'],
  quotes: ['Faith brings people together more often than it divides them', 'The doors of this church are open to everyone', 'We pray for peace, and we work for it too', 'Our community has been here for five hundred years', 'Belief is a private matter, but it shapes public life', 'We must face the past honestly', 'The pilgrims come for the silence', 'Tradition is not the enemy of change'],
  headings: ['A community of faith', 'The history of the cathedral', 'Voices from the congregation', 'Reform and tradition', 'The pilgrimage route'],
  headlines: ['Pilgrims gather in {place} for {thing}', 'Bishops agree to {action}', 'Cathedral in {place} reopens after restoration', 'Faith leaders call for calm in {place}', 'Church moves to {action}', 'Monastery welcomes {big} visitors'],
  facts: ['The cathedral was completed in {year}.', 'About {big} pilgrims make the journey each year.', 'The restoration cost {money}.', 'The congregation numbers about {big}.', 'The synod meets every {n} years.'],
};
