import { describe, expect, it } from 'vitest';
import { blocksOf } from './test-blocks';
import { understand } from './understand';

const entitiesOf = (text: string, title = 'Harbour tram line to reopen') => understand({ title, blocks: blocksOf(text) }).entities;

describe('entities', () => {
  it('takes no place before a role and its holder for a person, but keeps a person a role stands towards', () => {
    expect(entitiesOf('Petaling Jaya restaurateur Jon Smeed said the rules were unfair.').people).toEqual(['Jon Smeed']);
    expect(entitiesOf('Putin critic Ann Fox said she would stay in the race.').people).toEqual(['Putin', 'Ann Fox']);
  });

  it('takes no genre before a role and its holder for a person, even after a nationality', () => {
    expect(entitiesOf('Ghanaian Afrobeat artiste Kofi Mensah has said awards are overrated.').people).toEqual(['Kofi Mensah']);
  });

  it('takes a news agency for a body, whatever name its word resembles ("told Lusa")', () => {
    const { people, organisations } = entitiesOf('“The fire was not close,” the woman told Lusa. “We left at once,” she told Yonhap.');
    expect(people).toEqual([]);
    expect(organisations).toEqual(expect.arrayContaining(['Lusa', 'Yonhap']));
  });

  it('takes a prison, a jail or a church’s body for a body, never a person', () => {
    const text =
      'Speaking when he toured Kelsford GK Prison, Commissioner General of Prisons Tomas Okello said the inmates were protesting searches.\n\n“The new officer is very strict,” he said.';
    const { people, organisations } = entitiesOf(text);
    expect(people).toEqual(['Tomas Okello']);
    expect(organisations).toContain('Kelsford GK Prison');
    // A church's body too: "Diocesan Bishop of Port Adley, Anglican Communion, the Right Reverend Tom Vale".
    const church =
      'The Diocesan Bishop of Port Adley West, Anglican Communion, the Right Reverend Dr Tomas Okello during his sermon on Saturday urged residents to be strong.';
    expect(entitiesOf(church).people).not.toContain('Anglican Communion');
  });

  it('ends a name at a dash set off by spaces ("KELSFORD, Norland — Media network ...")', () => {
    const { organisations } = entitiesOf('KELSFORD, Norland — Media network Harbour Broadcasting thanked its artists on Monday.');
    expect(organisations.some((name) => name.includes('—'))).toBe(false);
    // An en dash inside a name joins it: "Lyle–Brant".
    expect(entitiesOf('Professor Ann Lyle–Brant of Kelsford University said the region faced more floods.').people).toEqual([
      'Ann Lyle–Brant',
    ]);
  });

  it('takes a body with a role in a clause after it for no person ("Kelsford Rovers, ... club whose manager quit")', () => {
    const { people } = entitiesOf(
      'Kelsford Rovers, Norland’s oldest club whose manager quit last week, said it would appoint a successor.',
    );
    expect(people).not.toContain('Kelsford Rovers');
  });

  it('counts "Stoltenberg" and "Jens Stoltenberg" as one person, named in full', () => {
    const { people } = entitiesOf('NATO Secretary-General Jens Stoltenberg spoke in Brussels. Later Stoltenberg met reporters.');
    expect(people).toEqual(['Jens Stoltenberg']);
  });

  it('takes a name with an age, or a job title at a body, after it for a person, whatever its words suggest', () => {
    expect(entitiesOf('Marla Okoro, 27, recently moved to Toronto from Halifax.').people).toEqual(['Marla Okoro']);
    const victims = entitiesOf('The victims were Tom Berg, 31, and Anna Kowal, 27. Lena Holt (44) and Kai Brandt, aged 30, survived.');
    expect(victims.people).toEqual(['Tom Berg', 'Anna Kowal', 'Lena Holt', 'Kai Brandt']);
    // Not a medal table's countries or a league's teams, nor a street.
    const table = entitiesOf(
      'The United States, 40, and Great Britain, 27, topped the medal table. Harbour Rovers, 27, and Port Adley United, 14, ' +
        'lead the standings. Residents of Elm Street, 14, complained. Alice Springs, 43, and Tennant Creek, 42, were hottest. ' +
        'Alexandra Park (14) and Marrow Vale (9) led the league.',
    );
    expect(table.people).toEqual([]);
    expect(entitiesOf('Visitors queued outside Madame Tussauds on Monday.').people).toEqual([]);
    const lead = entitiesOf('Dana Pickles, River Protection Lead at Harbour Water said the work would start in May.');
    expect(lead.people).toContain('Dana Pickles');
    expect(lead.places).not.toContain('Dana Pickles');
  });

  it('takes a name of two words after a title or a role for a person, whatever city its surname is', () => {
    const minister = entitiesOf('Growth will pass 10%, said Finance Minister Waldo Mendoza.\n\nLater, Mendoza stated that it would last.');
    expect(minister.people).toEqual(['Waldo Mendoza']);
    const president = entitiesOf('“We need more,” said board president Jaimie Smith-Windsor.\n\nSmith-Windsor said that was all.');
    expect(president.people).toEqual(['Jaimie Smith-Windsor']);
    expect(entitiesOf('Comic Relief raised £42 million on Friday night, organisers said.').people).toEqual([]);
    expect(entitiesOf('Another witness told JJ, a local reporter, that the crowd tried to intervene.').organisations).toEqual([]);
    // Not after a plural that describes a team.
    expect(entitiesOf('Leaders Harbour Rovers drew with hosts Atletico Madrid on Sunday.').people).not.toContain('Atletico Madrid');
    // A city alone after a title is still read by its words.
    expect(entitiesOf('Trains to Mendoza were cancelled on Monday.').places).toEqual(['Mendoza']);
  });

  it('takes a dateline’s place in capitals before its colon for a place, not a person', () => {
    const { people, places } = entitiesOf('KESTREL WILDLIFE RESERVE (PORT ADLEY): A joint effort freed an orangutan on Monday.');
    expect(people).toEqual([]);
    expect(places).toContain('PORT ADLEY');
  });

  it('leaves out titles, possessives and trailing punctuation', () => {
    const { people, places, organisations } = entitiesOf(
      'Dr. Tobias Wren of Kelmsford University said Afghanistan’s army was ready. Wren’s study was read in China. Mr Wren said so.',
    );
    expect(people).toEqual(['Tobias Wren']);
    expect(places).toEqual(expect.arrayContaining(['Afghanistan', 'China']));
    expect(organisations).toEqual(['Kelmsford University']);
  });

  it('lists no role in capitals as a name, only the body or place it is held in', () => {
    const { people, organisations, places } = entitiesOf(
      'Maria Lopez, Chief Executive of Harbour Group, spoke first. Sam Patel, Director of Operations, and Tom Reed, the ' +
        'Deputy Mayor of Leeds, followed. Janet Oduya, Head of Policy at the Institute for Fiscal Studies, agreed.',
    );
    expect(people).toEqual(['Maria Lopez', 'Sam Patel', 'Tom Reed', 'Janet Oduya']);
    expect(organisations).toEqual(expect.arrayContaining(['Harbour Group', 'Institute for Fiscal Studies']));
    expect(organisations).not.toContain('Chief Executive of Harbour Group');
    expect(places).toEqual(['Leeds']);
  });

  it('keeps a body named for a field that is also a title\'s word ("Ministry of Justice")', () => {
    const { organisations } = entitiesOf(
      'The Ministry of Justice said it would appeal. The Department of Justice said no. The Office of the Inspector General agreed.',
    );
    expect(organisations).toEqual(['Ministry of Justice', 'Department of Justice', 'Office of the Inspector General']);
    // A body's name, then a role: not one name.
    expect(entitiesOf('The Bank of England Governor said rates would stay high.').organisations).not.toContain('Bank of England Governor');
  });

  it('joins "ten" into a name after a first name only ("Erik ten Hag", not "Ukraine ten Leopard")', () => {
    expect(entitiesOf('United manager Erik ten Hag spoke to MUTV.').people).toEqual(['Erik ten Hag']);
    expect(entitiesOf('Germany will send Ukraine ten Leopard tanks, Olaf Scholz said.').places).toEqual(['Germany', 'Ukraine']);
  });

  it('joins "bin" into a name after the titles that lead it ("Energy Minister Prince Khalid bin Hamad")', () => {
    expect(entitiesOf('Harbouria’s Energy Minister Prince Khalid bin Hamad denied the reports on Monday.').people).toEqual([
      'Khalid bin Hamad',
    ]);
    // Titles that run on into a body's name stay apart from it.
    expect(entitiesOf('Jane Roe is the Training Administrator for the Harbour Patent Office.').people).toEqual(['Jane Roe']);
  });

  it('reads the given name of a "bin" name as that person ("Prince Khalid said" after "Khalid bin Hamad")', () => {
    const text =
      'Energy Minister Prince Khalid bin Hamad spoke in Harbouria. “We will act,” Prince Khalid said. ' +
      'Sheikha Noor bint Rashed agreed. Later Khalid met Hamad Tollan, who said little.';
    expect(entitiesOf(text).people).toEqual(['Khalid bin Hamad', 'Noor bint Rashed', 'Hamad Tollan']);
  });

  it('takes no word of a body’s name that may describe a speaker ("student", "voter") for a title', () => {
    const { people, organisations } = entitiesOf('Federal Student Aid and the National Voter Registration office joined in.');
    expect(people).toEqual([]);
    expect(organisations).toContain('Federal Student Aid');
  });

  it('keeps a generation’s mark with the name, and the surname before it ("King" of "Martin Luther King Jr.")', () => {
    expect(entitiesOf('Martin Luther King Jr. spoke in Washington. Later King spoke again.').people).toEqual(['Martin Luther King Jr']);
    expect(entitiesOf('Robert F. Kennedy Jr. announced his bid. Kennedy spoke for an hour.').people).toEqual(['Robert F. Kennedy Jr']);
  });

  it('lists a person as a speaker is named: no role run into the name, no footnote mark', () => {
    expect(entitiesOf('In the 1960s, design theorist Horst Rittel[1] coined the term wicked problems.').people).toEqual(['Horst Rittel']);
    const readout =
      'Readout on Secretary Mnuchin’s Meeting with Saudi Minister of Finance His Excellency Mohammed Al Jadaan and His Excellency Dr. Ahmed al-Kholifey, Governor of the Monetary Authority. Secretary Steven T. Mnuchin met with Minister Mohammed Al Jadaan.';
    expect(entitiesOf(readout).people).toContain('Mohammed Al Jadaan');
    expect(entitiesOf(readout).people).not.toContain('His Excellency Mohammed Al Jadaan');
  });

  it('reads a month that is a given name or a surname as part of the name, and a month in a date as none', () => {
    const { people } = entitiesOf(
      'UN aid chief Jan Egeland arrived on Jan 5. Later Egeland met April Ryan. In June Theresa May called an election, and May won.',
    );
    expect(people).toEqual(expect.arrayContaining(['Jan Egeland', 'April Ryan', 'Theresa May']));
    expect(people).toHaveLength(3);
    // A month before a word the lexicon knows, and not as a name, is a date or a modifier.
    expect(entitiesOf('The April Housing Scorecard was released. The scorecard shows prices rising.').people).toEqual([]);
  });

  it('reads a surname with its particle, capitalised or not, as the person named in full', () => {
    expect(entitiesOf('Erik ten Hag said his side was unlucky. Ten Hag added that the club would recover.').people).toEqual([
      'Erik ten Hag',
    ]);
    // The surname first, the full name later: still one person.
    expect(entitiesOf('Van Gaal said the team was tired.\n\nLouis van Gaal, the manager, spoke on Friday.').people).toEqual([
      'Louis van Gaal',
    ]);
    // Two particles in a row.
    expect(entitiesOf('Edwin van der Sar said the club was calm. Van der Sar added that all was fine.').people).toEqual([
      'Edwin van der Sar',
    ]);
  });

  it('reads a company in "shares in" as a body, whatever else its name may be', () => {
    const { organisations, places } = entitiesOf('Shares in Tesla fell 5% on the Nasdaq after Elon Musk sold stock.');
    expect(organisations).toContain('Tesla');
    expect(places).toEqual([]);
  });

  it('reads a name before a role and its holder as a body ("Apple chief executive Tim Cook")', () => {
    expect(entitiesOf('Apple chief executive Tim Cook spoke at the launch.')).toEqual({
      people: ['Tim Cook'],
      organisations: ['Apple'],
      places: [],
    });
    expect(entitiesOf('Manchester City manager Pep Guardiola praised his players.').organisations).toEqual(['Manchester City']);
    // A role held in a place leaves the place a place.
    expect(entitiesOf('Texas governor Greg Abbott signed the bill.').places).toEqual(['Texas']);
  });

  it('lists no one named only inside a title or nickname in quote marks', () => {
    const { people, organisations } = entitiesOf('Netflix said its hit series "Stranger Things" would end.');
    expect(people).toEqual([]);
    expect(organisations).toEqual(['Netflix']);
    // A term's marks keep the name.
    expect(entitiesOf('The mercenaries of the “Wagner Group” withdrew from Bakhmut.').organisations).toEqual(['Wagner Group']);
  });

  it('keeps a body named for people in the plural ("Friends of the Merrow")', () => {
    expect(entitiesOf('The wildlife group Friends of the Merrow said it was delighted.').organisations).toEqual(['Friends of the Merrow']);
  });

  it('reads the kind of place or business named after a name ("neighborhoods", "department store")', () => {
    const neighbourhoods = entitiesOf(
      'Police say the attacks took place in the Marcy Holmes and Dinkytown neighborhoods near the university. Anya Berg lives there.',
    );
    expect(neighbourhoods.people).toEqual(['Anya Berg']);
    expect(neighbourhoods.places).toEqual(expect.arrayContaining(['Marcy Holmes', 'Dinkytown']));
    const store = entitiesOf('Five people were killed inside Macy’s department store on Friday.');
    expect(store.people).toEqual([]);
    expect(store.organisations).toEqual(['Macy']);
    // A body's district offices are the body's.
    const offices = entitiesOf('The public could buy permits only at remote USFS district offices, the Forest Service said.');
    expect(offices.places).not.toContain('USFS');
  });

  it('leaves out a long role whose portfolio is no listed word ("Chief of Staff", "Deputy Chief of Investigations")', () => {
    expect(entitiesOf('MPD Deputy Chief of Investigations Erick Fors thanked the community.').people).toEqual(['Erick Fors']);
    expect(entitiesOf('Assistant Secretary of State for African Affairs Molly Phee met the envoy.').people).toEqual(['Molly Phee']);
    expect(entitiesOf('Assistant Secretary of the Air Force for Acquisition Marvin Sambur agreed.').people).toEqual(['Marvin Sambur']);
  });

  it('takes no people\'s adjective or initials of a thing for a body ("the American capital", "DNA evidence")', () => {
    const { people, organisations, places } = entitiesOf(
      'Early this AM police in the American capital said DNA evidence and CCTV footage linked the suspect to the attacks.',
    );
    expect([...people, ...organisations, ...places]).toEqual([]);
    expect(entitiesOf('The Palestinian Authority met American Airlines.').organisations).toEqual(
      expect.arrayContaining(['Palestinian Authority']),
    );
  });

  it('ends a name before a bracket, and takes the initials in it for the same body', () => {
    expect(entitiesOf('The General Services Administration (GSA) runs it. GSA said so.').organisations).toEqual([
      'General Services Administration',
    ]);
    expect(entitiesOf('North Carolina Governor Roy Cooper (D) spoke during a briefing.').people).toEqual(['Roy Cooper']);
  });

  it('keeps a given name before a middle name after "of" that follows no role', () => {
    expect(entitiesOf('The minister paid tribute to the family of Mary Ann Jones on Monday.').people).toEqual(['Mary Ann Jones']);
    expect(entitiesOf('Superintendent of Schools Mary Ann Cooper spoke.').people).toEqual(['Mary Ann Cooper']);
    expect(entitiesOf('Robert (Bob) Smith, 72, died on Monday.').people).toEqual(['Robert Smith']);
    expect(entitiesOf('Democrats who flipped Trump districts said so. Trump said no.').places).not.toContain('Trump');
    expect(entitiesOf('Apple teased a new iPhone on Tuesday.').people).toEqual([]);
  });

  it('takes a word before a first name that is no name for the person\'s description ("Prosecutor Owen Beale")', () => {
    expect(entitiesOf('Prosecutor Owen Beale spoke. Frenchman Arthur Fils won. Republican Sue Finkam agreed.').people).toEqual([
      'Owen Beale',
      'Arthur Fils',
      'Sue Finkam',
    ]);
    // A given name before a middle name, a saint's name and a body's name stay whole.
    expect(entitiesOf('Christopher Robin Milne wrote it.').people).toEqual(['Christopher Robin Milne']);
    expect(entitiesOf('Pakistan captain Salman Ali Agha spoke. Batsman Ali Khan agreed.').people).toEqual(['Salman Ali Agha', 'Ali Khan']);
    expect(entitiesOf('Seaman Maria Lopez, 22, was rescued on Monday.').people).toEqual(['Maria Lopez']);
    expect(entitiesOf('Mass was said at St Brigid’s Cathedral on Sunday.').people).toEqual([]);
  });

  it('takes the sides of a score for teams', () => {
    const { people, organisations } = entitiesOf('Huddersfield 0 – 4 Tottenham Rovers was the result on Saturday. Kane scored twice.');
    expect(organisations).toEqual(expect.arrayContaining(['Huddersfield']));
    expect(people).not.toContain('Huddersfield');
  });

  it('lists the most mentioned first', () => {
    const { people } = entitiesOf(
      'Anton Severin met Ilse Vandorn. Vandorn said no. Vandorn left. Severin stayed.\n\nVandorn returned on Friday.',
    );
    expect(people).toEqual(['Ilse Vandorn', 'Anton Severin']);
    // An adjective may open a body's name.
    expect(entitiesOf('Greater Harbour Police said a man was arrested.').organisations).toEqual(['Greater Harbour Police']);
  });

  it('keeps a role’s portfolio out of the name after it, and lists a role with no name as no one', () => {
    const { people } = entitiesOf(
      'Secretary of State Tobias Wren met Minister of Health Ilse Vandorn. Chancellor of the Exchequer Anton Severin agreed. The Minister of Foreign Affairs spoke.',
    );
    expect(people).toEqual(['Tobias Wren', 'Ilse Vandorn', 'Anton Severin']);
  });

  it('lists a body without the bracket of an abbreviation it ran into', () => {
    expect(entitiesOf('The Harbour International Cooperation Agency (HICA) paid.').organisations).toEqual([
      'Harbour International Cooperation Agency',
    ]);
  });

  it('keeps a middle initial in the name, and titles of local office out of it', () => {
    const { people } = entitiesOf('Mayor Tobias W. Wren spoke first. Councilwoman Ilse Vandorn agreed. Wren left.');
    expect(people).toEqual(['Tobias W. Wren', 'Ilse Vandorn']);
    // A capital and a full stop ending a sentence is no initial.
    expect(entitiesOf('They moved to Block C. Residents said the lifts failed.').people).not.toContain('Block C. Residents');
  });

  it('tells bodies and places from people by their words and context', () => {
    const { people, organisations, places } = entitiesOf(
      'Mara Ellingsen, the chief executive of the Harbour Transit Authority, said trams would return to Port Adley. Ellingsen spoke in Morvaine. The Saltmere Fishermen’s Cooperative agreed.',
    );
    expect(people).toEqual(['Mara Ellingsen']);
    expect(organisations).toEqual(expect.arrayContaining(['Harbour Transit Authority', 'Saltmere Fishermen’s Cooperative']));
    expect(places).toEqual(expect.arrayContaining(['Port Adley', 'Morvaine']));
  });

  it('does not take months, weekdays or sentence openers for names', () => {
    const { people, organisations, places } = entitiesOf(
      'On Monday the council met. In March Tobias Wren said they would vote. However, nothing changed.',
    );
    expect([...people, ...organisations, ...places]).toEqual(['Tobias Wren']);
  });

  it('does not take a role made of titles for a person ("the Prime Minister" is no person called "Minister")', () => {
    const { people } = entitiesOf(
      'The Prime Minister spoke first. Prime Minister Tobias Wren left early. The Deputy Chief Constable stayed.',
    );
    expect(people).toEqual(['Tobias Wren']);
  });

  it('does not take an adverb opening a sentence into the name after it', () => {
    const { people } = entitiesOf(
      'Anton Severin met Ilse Vandorn on Monday. Afterwards Vandorn said no. Later Severin left. Separately Vandorn wrote to the council.',
    );
    expect(people).toEqual(['Ilse Vandorn', 'Anton Severin']);
  });

  it('keeps a nickname out of the name and "and" inside a body’s name', () => {
    const { people, organisations } = entitiesOf(
      'Dorothy "Dot" Pengelly swam to the rock on Sunday. The Ministry of Health and Care and the Orchard Bay Fire and Rescue Service sent staff. Pengelly waved.',
    );
    expect(people).toEqual(['Dorothy Pengelly']);
    expect(organisations).toEqual(expect.arrayContaining(['Ministry of Health and Care', 'Orchard Bay Fire and Rescue Service']));
  });

  it('keeps "on" and what follows in a body named for its subject, and only there', () => {
    const { people, organisations } = entitiesOf(
      'The Council on Maritime Relations and the Commission on Human Rights wrote to the Intergovernmental Panel on Tidal Change. Tobias Wren on Tuesday said no. The council on Monday agreed.',
    );
    expect(organisations).toEqual(
      expect.arrayContaining(['Council on Maritime Relations', 'Commission on Human Rights', 'Intergovernmental Panel on Tidal Change']),
    );
    // "Human" is no title here, and "Tuesday" no part of a name.
    expect(people).toEqual(['Tobias Wren']);
    // Through "the" and "of" inside the subject, to its end.
    expect(entitiesOf('The Harbour Convention on the Rights of the Child applies.').organisations).toEqual([
      'Harbour Convention on the Rights of the Child',
    ]);
    // A place, a person, a day or initials after "on" is where the body is or what it is busy with, not its name.
    const placed = entitiesOf(
      'Kelmsford Council on Brixton Road was shut. The Committee on Wren’s nomination met. The Coalition on Good Friday marched. The Commission on AI sat.',
    );
    expect(placed.organisations).toEqual(expect.arrayContaining(['Kelmsford Council', 'Committee', 'Coalition', 'Commission']));
    expect(placed.places).toContain('Brixton Road');
    // "force" heads such a name only as "Task Force".
    const forces = entitiesOf('The Harbour Task Force on Tidal Defence met the Royal Air Force on Operation Shader.').organisations;
    expect(forces).toContain('Harbour Task Force on Tidal Defence');
    expect(forces.filter((name) => name.includes('Operation'))).toEqual([]);
    // A headline in capitals: "ON" joins nothing.
    expect(entitiesOf('The harbour board will hold a PUBLIC FORUM ON TRAMS next week.').organisations).toEqual([]);
  });

  it('keeps a role word after "of" in a body’s name, unless a person’s name follows it', () => {
    const { people, organisations } = entitiesOf(
      'The Department of Veterans Affairs and the Office of Head Start wrote to the Office of President Tobias Wren. Deputy Minister of Justice Ilse Vandorn replied.',
    );
    expect(organisations).toEqual(expect.arrayContaining(['Department of Veterans Affairs', 'Office of Head Start']));
    expect(people).toEqual(['Tobias Wren', 'Ilse Vandorn']);
  });

  it('reads a company from what is said of it ("X, a start-up", "X’s chief executive")', () => {
    const { people, organisations } = entitiesOf(
      'The lights were made by Signalwise, a start-up based in the city. Signalwise’s chief executive Nadia Perrin said the trial would last a year.',
    );
    expect(organisations).toEqual(['Signalwise']);
    expect(people).toEqual(['Nadia Perrin']);
  });

  it('keeps a body’s own name after its place, unwritten again, out of the people ("Wales Senedd Cymru")', () => {
    const text = 'The presiding officer of the National Assembly for Wales Senedd Cymru has warned of cuts.';
    expect(entitiesOf(text).people).toEqual([]);
  });

  it('keeps places joined by particles, and a country holding a role, out of the people', () => {
    expect(entitiesOf('The stage finishes in Pont-de-Claix, a town south of Grenoble.').people).toEqual([]);
    const summit = entitiesOf('Botswana, Chair of the Southern African Development Community, opened the summit.');
    expect(summit.people).toEqual([]);
    expect(summit.places).toContain('Botswana');
  });

  it('keeps a military rank after a role, and a campus named after a place, out of given names', () => {
    expect(entitiesOf('The battalion commander Major Okello said the road was open.').people).toEqual(['Okello']);
    expect(entitiesOf('The University of North Carolina Charlotte Campus will reopen on Monday.').people).toEqual([]);
    expect(entitiesOf('Kemunto Bosibori, a columnist for the magazine, said the editors knew.').people).toEqual(['Kemunto Bosibori']);
  });

  it('takes a name ending on "Éireann" for a body ("Met Éireann", "Bus Éireann")', () => {
    const { people, organisations } = entitiesOf('Met Éireann said: “Winds will increase overnight, with gales on the coasts.”');
    expect(people).toEqual([]);
    expect(organisations).toContain('Met Éireann');
  });

  it('keeps a hyphened word built on a body’s prefix in its name ("Co-operation", "Anti-corruption"), not any', () => {
    const { organisations } = entitiesOf(
      'The IMF and the Organisation for Economic Co-operation and Development cut their forecasts. The Independent Anti-corruption Commission said so.',
    );
    expect(organisations).toEqual(
      expect.arrayContaining(['Organisation for Economic Co-operation and Development', 'Independent Anti-corruption Commission']),
    );
    expect(entitiesOf('Policy Type Agency-specific Policy Subtype Reviewed').people).not.toContain(
      'Policy Type Agency-specific Policy Subtype Reviewed',
    );
  });

  it('takes a body’s head word before its country for a body ("Bank Negara Malaysia"), and "Lee" before a town for a person', () => {
    expect(entitiesOf('Bank Negara Malaysia raised rates on Thursday.').organisations).toEqual(['Bank Negara Malaysia']);
    expect(entitiesOf('Lee Wellington says he saw an otter.').people).toEqual(['Lee Wellington']);
    expect(entitiesOf('Lee County closed its roads on Monday.').people).toEqual([]);
  });

  it('keeps a body’s name whole before a role on a prefix ("Zentro Co-founder") and before the day ("Rovers Today")', () => {
    const { organisations } = entitiesOf(
      'Zentro Co-founder Ama Osei spoke first. Harbour Trust Non-executive Director Mara Quill presented the award.',
    );
    expect(organisations).toEqual(['Zentro', 'Harbour Trust']);
    const day = entitiesOf('Kelsford Rovers Today face Tamsel Athletic. The Kelsford Police Service Today arrested three men.');
    expect(day.organisations).toEqual(expect.arrayContaining(['Kelsford Rovers', 'Kelsford Police Service']));
    expect(entitiesOf('Psychology Today said the research was sound.').organisations).toEqual(['Psychology Today']);
  });
});
