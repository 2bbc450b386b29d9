import type { TopicVocabulary } from '../topic-vocabulary';

export const education: TopicVocabulary = {
  qcode: 'medtop:05000000',
  weight: 4,
  subjects: ['the education ministry', 'teachers', 'the university', 'the school board', 'students', 'parents', 'the teachers’ union', 'head teachers', 'the college', 'the exam board'],
  actions: ['raise tuition fees', 'build new primary schools', 'change the national curriculum', 'hire more teachers', 'scrap the final exams', 'give every pupil a laptop', 'merge the two universities', 'offer free school meals', 'extend the school year', 'fund more scholarships'],
  things: ['the exam results', 'tuition fees', 'the school curriculum', 'the shortage of teachers', 'class sizes', 'university admissions', 'the school year', 'literacy rates', 'student housing', 'online learning', 'the scholarship programme'],
  roles: ['education minister', 'head teacher', 'university rector', 'professor', 'student union president', 'school inspector'],
  organisations: ['the University of {place}', '{place} Secondary School', 'the National Teachers’ Union', 'the {place} School Board', 'the {place} College of Education'],
  quotes: ['Every child deserves a good teacher in front of the class', 'Students shouldn’t leave university with a mountain of debt', 'The exam results show what our pupils can do', 'Teachers are leaving faster than we can train them', 'Learning doesn’t stop at the school gate', 'We want our schools to prepare pupils for life, not just for tests', 'Parents are worried, and they’re right to be', 'The curriculum has not changed in twenty years'],
  headings: ['In the classroom', 'The results', 'Funding for schools', 'What students say', 'A new curriculum'],
  headlines: ['Schools in {place} to {action}', 'Exam results improve for a third year in {place}', 'University of {place} plans to {action}', 'Teachers protest over {thing}', 'Students in {place} rally against {thing}', 'Education ministry unveils reform of {thing}'],
  facts: ['Some {big} pupils sat the exams this year.', 'The pass rate rose to {percent} per cent.', 'Average class sizes reached {n} pupils.', 'Tuition will rise to {money} a year.', 'The university was founded in {year}.'],
};
