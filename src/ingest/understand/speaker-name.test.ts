import { describe, expect, it } from 'vitest';
import { cleanName, fullerFromCaptions, fullPersonName, personAfterRole } from './speaker-name';

describe('speaker names', () => {
  it('gives the name in full as the article first gives it, without titles', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg arrived on Monday. “We are ready,” Stoltenberg said.';
    expect(fullPersonName('Stoltenberg', text)).toBe('Jens Stoltenberg');
    expect(fullPersonName('Sarah', 'My colleague Sarah Allen asked me to help. “Come,” Sarah said.')).toBe('Sarah Allen');
    expect(fullPersonName('David M', 'according to Executive Director David M. Capozzi, “the Board worked hard.”')).toBe(
      'David M. Capozzi',
    );
  });

  it('never takes the end of the sentence before for a given name', () => {
    expect(fullPersonName('Annika Roswell', 'talks in the National Assembly. Annika Roswell said they were done.')).toBe('Annika Roswell');
    expect(fullPersonName('Leah', 'We thank Leah. Then Leah says more.')).toBe('Leah');
    // A wire's day after the name: "President Kofi Mensah-Addo Tuesday commissioned ...".
    expect(fullPersonName('Dankwa Mensah-Addo', 'President Kofi Dankwa Mensah-Addo Tuesday commissioned the bridge.')).toBe(
      'Kofi Dankwa Mensah-Addo',
    );
    // A surname that is a day's name: "Emeka Friday, a rice trader, says ...".
    expect(fullPersonName('Emeka', 'Emeka Friday, a rice trader, says he sells half. “It is hard,” said Emeka.')).toBe('Emeka Friday');
    expect(fullPersonName('Buckminster Fuller', 'The tool helps.\n\nR. Buckminster Fuller said, “Use it.”')).toBe('R. Buckminster Fuller');
  });

  it('never takes the name itself, written just before, for a given name', () => {
    expect(fullPersonName('Ellingsen', 'Ellingsen\n\nEllingsen said so.')).toBe('Ellingsen');
    expect(fullPersonName('Mara Ellingsen', 'Mara Ellingsen\n\nMara Ellingsen spoke.')).toBe('Mara Ellingsen');
  });

  it('leaves out a role ending in an abstract noun run into the name', () => {
    const text = 'Deputy Undersecretary of the Navy for Acquisition Darleen Okoro: “The deal is done.”';
    expect(fullPersonName('Acquisition Darleen Okoro', text)).toBe('Darleen Okoro');
    expect(fullPersonName('Operations Darleen Okoro', text)).toBe('Darleen Okoro');
  });

  it('takes invisible and odd characters out of names', () => {
    expect(cleanName('Tra\u200Beger')).toBe('Traeger');
    expect(cleanName('Ana\u00A0Ruiz')).toBe('Ana Ruiz');
    expect(fullPersonName('Traeger', 'said Tra\u200Beger\u00AD.')).toBe('Traeger');
  });
});

describe('speaker names given with their role', () => {
  it('keeps the person and leaves the role and body out', () => {
    expect(fullPersonName('HUD Deputy Assistant Secretary for Economic Affairs Kurt Usowski', 'x')).toBe('Kurt Usowski');
    expect(fullPersonName('CFPB’s Natalie Kurz', 'x')).toBe('Natalie Kurz');
    expect(fullPersonName('Forbes’ Jason Evangelho', 'x')).toBe('Jason Evangelho');
    expect(fullPersonName('Treasury Scott Bessent', 'x')).toBe('Scott Bessent');
    expect(fullPersonName('Acquisition Marvin Sambur', 'x')).toBe('Marvin Sambur');
    expect(fullPersonName('Nigerian Ali Musa', 'x')).toBe('Ali Musa');
    // A given name the lexicon does not know, before one it knows, is the person's.
    expect(fullPersonName('Salman Ali Agha', 'x')).toBe('Salman Ali Agha');
    expect(fullPersonName('Attorney-General Mark Pettingill', 'x')).toBe('Mark Pettingill');
    expect(fullPersonName('Crs Mitchell Pakes', 'x')).toBe('Mitchell Pakes');
    expect(fullPersonName('Democrat Maria Cantwell', 'x')).toBe('Maria Cantwell');
    expect(fullPersonName('Seaman Maria Lopez', 'x')).toBe('Maria Lopez');
    expect(fullPersonName('Nabil Abu Rudeineh', 'x')).toBe('Nabil Abu Rudeineh');
    expect(fullPersonName('Mensah', 'The winner, Patience Mensah, has taught for years.')).toBe('Patience Mensah');
    expect(fullPersonName('Syed Amin-Ul-Haque', 'Minister for IT and Telecommunications Syed Amin-Ul-Haque said')).toBe(
      'Syed Amin-Ul-Haque',
    );
    expect(fullPersonName('Thomas Vander Wal', 'x')).toBe('Thomas Vander Wal');
    expect(fullPersonName('Edwin van der Sar', 'x')).toBe('Edwin van der Sar');
    expect(fullPersonName('Goalkeeper Edwin van der Sar', 'x')).toBe('Edwin van der Sar');
  });

  it('keeps a given name and two surnames whole ("Debora Moraes de Souza")', () => {
    expect(fullPersonName('Debora Moraes de Souza', 'x')).toBe('Debora Moraes de Souza');
    expect(fullPersonName('Luis Ernesto Araujo Rumi', 'x')).toBe('Luis Ernesto Araujo Rumi');
    // A role's words before the given name still go.
    expect(fullPersonName('Economic Affairs Kurt Usowski', 'x')).toBe('Kurt Usowski');
  });

  it('keeps a chain of "bin" names whole from its given name, without the titles before it', () => {
    expect(fullPersonName('Highness Shaikh Hamad Bin Rashid Al Nahyan', 'x')).toBe('Hamad Bin Rashid Al Nahyan');
    expect(fullPersonName('Foreign Minister Faisal bin Farhan Al Saud', 'x')).toBe('Faisal bin Farhan Al Saud');
  });

  it('leaves out a function word that opened the next sentence', () => {
    expect(fullPersonName('David Medine To', 'said David Medine. To the Board, thanks.')).toBe('David Medine');
    expect(fullPersonName('Kurt Usowski', 'said HUD Economic Affairs Kurt Usowski.')).toBe('Kurt Usowski');
    expect(fullPersonName('Secretary of the Treasury Janet L', 'Secretary of the Treasury Janet L. Yellen said')).toBe('Janet L. Yellen');
  });
});

describe('personAfterRole', () => {
  it('finds the person after a role the tagger took for a body, and none in a role alone', () => {
    expect(personAfterRole('Director of Air Force Communications Bill Bodie')).toBe('Bill Bodie');
    expect(personAfterRole('Director of Public Affairs')).toBeNull();
    expect(personAfterRole('Digital.gov team')).toBeNull();
  });
});

describe('fullerFromCaptions', () => {
  it('names in full one the body names only by title and surname, as a caption does with that title', () => {
    const body = '“Our vision is clear,” Prime Minister Minnis said at the opening.';
    const caption = 'Prime Minister Dr. Hubert Minnis (second from right) being shown the new solar plant (HIS Photo)';
    expect(fullerFromCaptions('Minnis', [caption], body)).toBe('Hubert Minnis');
    // Two of that name, no given name, no title the body gives, or a name already full: as it is.
    expect(fullerFromCaptions('Minnis', [caption, 'Minister Anna Minnis opens the plant.'], body)).toBe('Minnis');
    expect(fullerFromCaptions('Minnis', ['Prime Minister Minnis opens the plant.'], body)).toBe('Minnis');
    expect(fullerFromCaptions('Reyes', ['Mayor Reyes and his wife Lucy Reyes at the gala.'], '“We won,” Mayor Reyes said.')).toBe('Reyes');
    expect(fullerFromCaptions('Reyes', ['Edith Reyes Academy, named after his grandmother.'], '“We won,” Mayor Reyes said.')).toBe('Reyes');
    expect(fullerFromCaptions('Hubert Minnis', [caption], body)).toBe('Hubert Minnis');
  });
});
