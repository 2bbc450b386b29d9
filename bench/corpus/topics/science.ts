import type { TopicVocabulary } from '../topic-vocabulary';

export const science: TopicVocabulary = {
  qcode: 'medtop:13000000',
  weight: 6,
  subjects: ['scientists', 'the research team', 'engineers', 'the space agency', 'the university laboratory', 'the technology company', 'the software developers', 'astronomers', 'the telescope team', 'the startup'],
  actions: ['launch the satellite', 'publish the research in a journal', 'test the new battery technology', 'build a quantum computer', 'release the software update', 'map the genome of the species', 'fix the security flaw', 'measure the distance to the star', 'train an artificial intelligence model', 'develop a cheaper solar cell'],
  things: ['the discovery', 'the experiment', 'the satellite launch', 'artificial intelligence', 'the research findings', 'the data breach', 'the telescope', 'the new smartphone', 'the study', 'the space mission', 'the computer model'],
  roles: ['lead researcher', 'professor of physics', 'chief technology officer', 'astronomer', 'software engineer', 'biologist', 'mission director'],
  organisations: ['the {place} Institute of Technology', 'the National Space Agency', '{company}', 'the University of {place}', 'the {place} Research Council'],
  quotes: ['The results surprised everyone in the laboratory', 'We’re only at the beginning of understanding what this means', 'Science moves forward by checking and checking again', 'The technology is ready, the question is the cost', 'This data will keep researchers busy for a decade', 'We found something nobody expected to find', 'Privacy has to be built in from the start', 'It’s a small step, but an important one'],
  headings: ['How the experiment worked', 'What the data show', 'The technology explained', 'Questions that remain', 'Next steps for the mission'],
  headlines: ['Scientists in {place} {action}', 'Study finds link between {thing} and climate', 'Space agency plans to {action}', '{company} unveils {thing}', 'Researchers discover new species near {place}', 'Data breach at {company} exposes {big} accounts'],
  facts: ['The study followed {big} people over {n} years.', 'The satellite will orbit at {big} kilometres.', 'The project received {money} in research funding.', 'The findings were published in {month}.', 'The team analysed data from {n} laboratories in {n} countries.'],
};
