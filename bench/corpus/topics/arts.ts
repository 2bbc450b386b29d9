import type { TopicVocabulary } from '../topic-vocabulary';

export const arts: TopicVocabulary = {
  qcode: 'medtop:01000000',
  weight: 6,
  subjects: ['the museum', 'the festival organisers', 'the theatre', 'the orchestra', 'the film studio', 'the publishers', 'the gallery', 'the broadcaster', 'the band', 'the culture ministry'],
  actions: ['reopen the concert hall', 'return the stolen paintings', 'cancel the film premiere', 'stage a new opera', 'launch a streaming service', 'publish the author’s last novel', 'restore the cathedral frescoes', 'cut funding for the arts', 'tour the album across the country', 'open an exhibition of modern art'],
  things: ['the exhibition', 'the film festival', 'the new album', 'the novel', 'the theatre season', 'the art collection', 'the television series', 'the literary prize', 'the concert', 'the cultural heritage site', 'the newspaper'],
  roles: ['museum director', 'film director', 'novelist', 'conductor', 'curator', 'festival director', 'actor', 'editor'],
  organisations: ['the {place} Museum of Art', 'the {place} Philharmonic', 'the {place} Film Festival', 'the National Theatre', '{company}', 'the {place} Broadcasting Corporation'],
  quotes: ['Art has to be for everyone, not just for the few', 'This film took seven years of my life', 'The audience tonight was extraordinary', 'We’ve waited a long time to bring these paintings home', 'Every novel starts with a question I can’t answer', 'Culture is the first thing cut and the last thing restored', 'Music is how this city talks to itself', 'I wanted to make something that would last'],
  headings: ['On stage', 'Behind the scenes', 'The critics’ view', 'A collection restored', 'What to see'],
  headlines: ['{place} festival opens with {thing}', 'Museum in {place} plans to {action}', '{surname} wins literary prize for debut novel', 'Orchestra to {action}', 'New film about {place} divides critics', 'Gallery unveils {thing}'],
  facts: ['The exhibition drew {big} visitors in its first month.', 'The festival screens {n} films from {n} countries.', 'The painting sold at auction for {money}.', 'The theatre was built in {year}.', 'The novel has sold {big} copies.'],
};
