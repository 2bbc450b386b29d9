import { describe, expect, it } from 'vitest';
import type { Draft } from './text-parts';
import { chooseTitle, leadTitle } from './title';

const draft = (text: string, lineCount = 1): Draft => ({ text, cuts: [], before: [], lineCount });
const lead = draft('The harbour tram will run again from Monday, the transit authority said on Friday.');

describe('chooseTitle', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const titled = chooseTitle([draft('Harbour tram to reopen after storm repairs'), lead]);
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen after storm repairs', titleSource: 'headline', body: [lead] });
  });

  it.each([
    ['a sentence', 'The tram will reopen.'],
    ['a lead-in', 'The plan, in short:'],
    ['a line cut by a wrap', 'A letter written by a soldier to his fiancée in the village of'],
    ['lowercase', 'harbour tram to reopen'],
    [
      'too long',
      'Harbour tram to reopen after storm repairs as the council agrees to pay for a new depot and two more bridges over the river',
    ],
  ])('does not take %s as the headline', (_kind, first) => {
    expect(chooseTitle([draft(first), lead]).titleSource).toBe('lead');
  });

  it('derives the title from the first paragraph below labels that open no article', () => {
    for (const labels of [['OneFootball'], ['KEY POINTS:'], ["you're reading..."], ['Home', 'Breaking news:']]) {
      const titled = chooseTitle([...labels.map((label) => draft(label)), lead]);
      expect(titled.title, labels.join(' / ')).toBe('The harbour tram will run again from Monday, the transit authority said on Friday');
      expect(titled.body).toHaveLength(labels.length + 1);
    }
    // A short first paragraph that is a sentence is the lead.
    expect(chooseTitle([draft('Trams are back.'), lead]).title).toBe('Trams are back');
  });

  it('takes the page’s lines above a headline out when they share no words with the article', () => {
    const body = [
      draft('Harbour tram services will resume on Monday after storm repairs to the line, the transit authority said.'),
      draft('Engineers replaced two bridges and the depot roof, and the repairs cost the authority more than planned.'),
    ];
    const headline = draft('Harbour tram services resume after storm repairs');
    for (const page of [
      ['You are using an older browser version. Please use a supported version for the best experience.'],
      ['Connect with us', 'Hi, what are you looking for?', 'Uncategorized'],
      ['[an error occurred while processing this directive]', 'City News'],
      ['Jump directly to the content'],
    ]) {
      const titled = chooseTitle([...page.map((line) => draft(line)), headline, ...body]);
      expect(titled, page.join(' / ')).toMatchObject({ title: headline.text, titleSource: 'headline', body });
      expect(body[0]?.before ?? [], 'nothing is lost').toEqual([]);
      expect(titled.headline?.before.map((removal) => removal.text)).toEqual(page);
    }
    // The page's short lines under the headline are no evidence of what the article is about.
    const tagged = chooseTitle([draft('Football world cup 2018'), headline, draft('World News Jun 29, 2018 01:06 IST'), headline, ...body]);
    expect(tagged.title).toBe(headline.text);
    // A trail of the page's sections that ends with the headline.
    const trail = draft(`Home » World » ${headline.text}`);
    expect(chooseTitle([trail, draft('SPEED NEWS'), headline, ...body]).title).toBe(headline.text);
    // A headline that talks round its subject stays the headline over its subtitle.
    const subtitle = draft('Harbour tram services resume after storm repairs to the line');
    expect(chooseTitle([draft('Trams back on track'), subtitle, ...body]).title).toBe('Trams back on track');
    // So does one that shares the article's words, above a shorter line of them.
    expect(chooseTitle([headline, draft('Storm repairs on the tram line cost more than planned'), ...body]).title).toBe(headline.text);
  });

  it('does not end a derived title on a verb that wants what follows ("continued | to")', () => {
    const lead =
      'Harbour Group’s quarterly profit beat analyst expectations, as the company continued to benefit from higher prices for its milk products in the south.';
    expect(leadTitle(lead)).toBe('Harbour Group’s quarterly profit beat analyst expectations');
  });

  it('does not cut a derived title inside a "that" clause before its verb, nor "more | than" or "women | and children"', () => {
    expect(
      leadTitle(
        'The Harbour Ministry said on Tuesday that more than 37,000 travellers had crossed the strait since the ferry strike began last Thursday.',
      ),
    ).toBe('The Harbour Ministry said on Tuesday');
    expect(
      leadTitle(
        'PORT ADLEY: The harbour council said Friday that more than 2,300 people, mostly women and children, had left the flooded district this week.',
      ),
    ).toBe('The harbour council said Friday');
    // Nor inside a comparison ("slightly | larger than"); a participle after a noun opens a phrase ("| orbiting").
    expect(
      leadTitle(
        'Astronomers at Harbour University say they have found a planet slightly larger than Earth orbiting a nearby star in its habitable zone.',
      ),
    ).toBe('Astronomers at Harbour University say they have found a planet slightly larger than Earth');
    // Nor inside a word joined by a hyphen.
    expect(
      leadTitle(
        'A harbour pilot, who joined the protest on the quay on Monday evening, is suing a handful of port police officers for tear-gassing kneeling strikers.',
      ),
    ).not.toMatch(/ for tear$/u);
    expect(
      leadTitle('The harbour minister has confirmed that negotiations with the ferry union will resume next week after the strike ended.'),
    ).not.toMatch(/that negotiations$/u);
    // "that" pointing at a noun opens no clause; "whether" opens one whose verb alone does not end it.
    expect(
      leadTitle('The minister rejected that claim on Tuesday in a statement to parliament and the harbour press corps in Port Adley.'),
    ).toBe('The minister rejected that claim on Tuesday in a statement to parliament');
    expect(
      leadTitle(
        'Investigators are trying to establish whether the pilot, a 54-year-old veteran of the harbour ferries, fell ill at the controls.',
      ),
    ).not.toMatch(/fell$/u);
    // A place in capitals glued to the lead by a dash is a dateline; a name and a colon is a speaker, not one.
    expect(leadTitle('HARBOURTON—The harbour council voted on Monday to reopen the tram line to the coast after storm repairs.')).toMatch(
      /^The harbour council/u,
    );
    expect(leadTitle('Johnson: I will not resign as prime minister despite the loss of two by-elections on Thursday night.')).toMatch(
      /^Johnson: /u,
    );
    // A "that" clause with its verb in reach is whole.
    expect(
      leadTitle(
        'The council said on Monday that the harbour tram would run again from the spring after repairs to the storm-damaged line.',
      ),
    ).toBe('The council said on Monday that the harbour tram would run again from the spring');
  });

  it('keeps a word’s closing quotation mark in a title cut after it', () => {
    const lead =
      'OUTGOING HARBOUR HEAD coach Mara Ellingsen-Roe admitted there was a certain ‘shame’ in tonight’s 62 – 13 cup loss to Port Adley.';
    expect(leadTitle(lead)).toBe('OUTGOING HARBOUR HEAD coach Mara Ellingsen-Roe admitted there was a certain ‘shame’');
    expect(leadTitle(lead.replace('‘shame’', '“shame”'))).toBe(
      'OUTGOING HARBOUR HEAD coach Mara Ellingsen-Roe admitted there was a certain “shame”',
    );
  });

  it('leaves a dateline in capitals and a colon out of a title derived from the lead', () => {
    expect(leadTitle('PATNA: The harbour tram will run again from Monday, the transit authority said.')).toBe(
      'The harbour tram will run again from Monday, the transit authority said',
    );
  });

  it('leaves a wire’s dateline, with its brackets and agency, out of a title derived from the lead', () => {
    expect(leadTitle('Port Adley (Harbourshire) [Norland], July 7 (ANI): Two people were rescued after a building collapsed.')).toBe(
      'Two people were rescued after a building collapsed',
    );
  });

  it('leaves a summary’s bullet out of a title derived from it', () => {
    expect(chooseTitle([draft('• Trams will run again from Monday after storm repairs, the authority said.'), lead]).title).toBe(
      'Trams will run again from Monday after storm repairs, the authority said',
    );
  });

  it("takes a headline said twice on its line, with a video's length after it, once", () => {
    const doubled = draft('Mayor gives concession speech at City Hall Mayor gives concession speech at City Hall 09:53');
    expect(chooseTitle([doubled, lead]).title).toBe('Mayor gives concession speech at City Hall');
    expect(chooseTitle([draft('Go Go Gadget arrives in shops'), lead]).title).toBe('Go Go Gadget arrives in shops');
  });

  it('needs body text after the headline, and a single line', () => {
    expect(chooseTitle([draft('Harbour tram to reopen')]).titleSource).toBe('lead');
    expect(chooseTitle([draft('Harbour tram to reopen', 2), lead]).titleSource).toBe('lead');
  });

  it('drops a repeated headline and a repeated standfirst', () => {
    const standfirst = draft('All 23 state schools will ask pupils to hand in their phones.');
    const titled = chooseTitle([draft('Schools to ban phones'), draft('Schools to ban phones'), standfirst, standfirst, lead]);
    expect(titled.body.map((each) => each.text)).toEqual([standfirst.text, lead.text]);
    expect(titled.body[0]?.before.map((removed) => removed.reason)).toEqual(['headline repeated', 'standfirst repeated']);
  });

  it('takes the headline a breadcrumb trail ends with, and drops what stands above it', () => {
    const trail = draft('Tram depot reopens after storm repairs');
    trail.before.push({ text: 'You are at: Home » Transport » Tram depot reopens after storm repairs', reason: 'breadcrumbs' });
    const titled = chooseTitle([draft("What's Hot"), draft('Ferry fares to rise in May'), draft('Transport'), trail, lead]);
    expect(titled).toMatchObject({ title: 'Tram depot reopens after storm repairs', titleSource: 'headline', body: [{ text: lead.text }] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toContain('above the headline');
  });

  it('keeps the first line and the paragraphs under it when the trail names the first line or a later heading', () => {
    const named = draft('Council approves new budget');
    named.before.push({ text: 'Home » News » Council approves new budget', reason: 'breadcrumbs' });
    const paragraphs = [lead, draft('The budget includes new money for schools and roads.'), draft('Council approves new budget')];
    expect(chooseTitle([named, ...paragraphs]).title).toBe('Council approves new budget');
    const teaser = draft('How one town learned to live again');
    teaser.before.push({ text: 'Home » Features » Life After Lockdown', reason: 'breadcrumbs' });
    const heading = draft('Life After Lockdown');
    expect(chooseTitle([teaser, lead, heading, lead]).title).toBe('How one town learned to live again');
  });

  it('drops the headline repeated alone among the last lines, where a box of links or ratings carries it', () => {
    const paragraphs = ['Work on the line took three months.', 'Trams will run every ten minutes.', 'Fares stay the same.'].map((text) =>
      draft(text),
    );
    const rest = [lead, ...paragraphs, draft('Council approves new budget'), draft('Related Articles')];
    const titled = chooseTitle([draft('Council approves new budget'), ...rest]);
    expect(titled.body.map((each) => each.text)).toEqual([lead.text, ...paragraphs.map((each) => each.text), 'Related Articles']);
    expect(titled.body.at(-1)?.before.map((removed) => removed.reason)).toEqual(['headline repeated']);
  });

  it('drops a counter and a picture’s name between the headline and its repeat, not a standfirst', () => {
    const headline = 'Patients demand reform at Harbour Medical Centre';
    const titled = chooseTitle([draft(headline), draft('26\nHarbour Medical Centre'), draft(headline), lead]);
    expect(titled.body.map((each) => each.text)).toEqual([lead.text]);
    expect(titled.body[0]?.before.map((removed) => removed.reason)).toEqual([
      'page furniture above the repeated headline',
      'headline repeated',
    ]);
    const standfirst = draft('Patients say they wait hours to be seen.');
    expect(chooseTitle([draft(headline), standfirst, draft(headline), lead]).body.map((each) => each.text)).toEqual([
      standfirst.text,
      lead.text,
    ]);
    // A standfirst in title case, which the headline does not hold.
    const deck = draft('Residents Count The Cost');
    expect(chooseTitle([draft(headline), deck, draft(headline), lead]).body.map((each) => each.text)).toEqual([deck.text, lead.text]);
  });

  it("drops a headline repeated without the kind of post the page's headline names", () => {
    const titled = chooseTitle([draft('Harbour Board Public Meeting Press Release'), draft('Harbour Board Public Meeting'), lead]);
    expect(titled.body.map((each) => each.text)).toEqual([lead.text]);
    expect(titled.body[0]?.before.map((removed) => removed.reason)).toEqual(['headline repeated']);
  });

  it('takes a short label over a longer headline for the section it is, not the headline', () => {
    const headline = draft('Harbour Tram Line Reopens After Storm Repairs');
    const titled = chooseTitle([draft('The Quayside'), headline, lead]);
    expect(titled).toMatchObject({ title: headline.text, titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => [removed.text, removed.reason])).toEqual([['The Quayside', 'section label']]);
  });

  it('takes a run of short labels above the headline (a site name, an ad slot, a menu) for what they are', () => {
    const headline = draft('Harbour Tram Line Reopens After Storm Repairs');
    const titled = chooseTitle([draft('Quayside News 24h'), draft('Post Top Ad'), draft('• Transport'), headline, lead]);
    expect(titled).toMatchObject({ title: headline.text, titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toEqual(['section label', 'section label', 'section label']);
  });

  it.each([
    ['a headline with a longer standfirst that goes on from it', 'Tram reopens', 'Tram reopens after six months of storm repairs'],
    ['two lines of about the same length', 'Tram line reopens', 'Storm repairs take six months'],
    [
      'a short headline with a verb over a longer standfirst',
      'Budget passed',
      'Assembly backs the spending plan after a late-night debate',
    ],
  ])('keeps the first line as the headline for %s', (_kind, first, second) => {
    expect(chooseTitle([draft(first), draft(second), lead]).title).toBe(first);
  });

  it('takes the headline under a line that names the page the same way but is not shaped as one (a breadcrumb)', () => {
    const headline = draft('Harbour tram to reopen after storm repairs');
    const titled = chooseTitle([draft('• Harbour tram to reopen after storm repairs'), headline, lead]);
    expect(titled).toMatchObject({ title: headline.text, titleSource: 'headline', body: [lead] });
  });

  it('takes the headline out of a breadcrumb trail run into it', () => {
    const headline = draft('Harbour tram to reopen after storm repairs');
    const titled = chooseTitle([draft(`Home News ${headline.text}`), headline, lead]);
    expect(titled).toMatchObject({ title: headline.text, titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toEqual(['breadcrumbs']);
  });

  it('drops a line in another script above the headline', () => {
    const titled = chooseTitle([draft('Δείτε εδώ την ειδική έκδοση'), draft('Harbour tram to reopen'), lead]);
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen', titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toEqual(['other language']);
  });

  it('drops a page title and the page menu under it, down to the headline it repeats', () => {
    const menu = ['Menu Explore', 'Search Search', 'New Delhi oC', 'Games', 'E-Paper', 'close_game'].map((text) => draft(text));
    const titled = chooseTitle([draft('Harbour tram to reopen - Harbour Times'), ...menu, draft('Harbour tram to reopen'), lead]);
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen', titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toEqual(['page title', ...menu.map(() => 'site navigation')]);
    // A paragraph between them is the article's: the first line is then its headline, as written.
    const paragraph = draft('The harbour tram will run again from Monday, the transit authority said on Friday.');
    expect(chooseTitle([draft('Harbour tram to reopen - Harbour Times'), paragraph, draft('Harbour tram to reopen'), lead]).title).toBe(
      'Harbour tram to reopen - Harbour Times',
    );
  });

  it('drops a page title that repeats the headline with the site name', () => {
    const titled = chooseTitle([draft('Harbour tram to reopen | Harbour Times'), draft('Harbour tram to reopen'), lead]);
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen', titleSource: 'headline' });
    expect(titled.headline?.before).toEqual([{ text: 'Harbour tram to reopen | Harbour Times', reason: 'page title' }]);
  });

  it('drops a page title whose site name has bars and hyphens, above a section label and the headline', () => {
    const page = 'Harbour tram to reopen | Harbour News | Port-Adley’s News Source';
    const titled = chooseTitle([draft(page), draft('Harbour News'), draft('Harbour tram to reopen'), lead]);
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen', titleSource: 'headline', body: [lead] });
    expect(titled.headline?.before.map((removed) => removed.reason)).toEqual(['page title', 'site navigation']);
  });

  it('keeps a kicker and its headline on one line as the headline ("Budget 2024 | What the tax changes mean ...")', () => {
    const line = 'Budget 2024 | What the long-awaited tax changes mean for salaried workers';
    expect(chooseTitle([draft(line), draft('Budget 2024'), lead]).title).toBe(line);
  });

  it('uses a given title and drops a first line that repeats it', () => {
    const titled = chooseTitle([draft('Harbour tram to reopen'), lead], 'Harbour  tram to reopen');
    expect(titled).toMatchObject({ title: 'Harbour tram to reopen', titleSource: 'input', headline: null });
    expect(titled.body).toHaveLength(1);
  });
});

describe('leadTitle', () => {
  it('is the lead sentence without its full stop', () => {
    expect(leadTitle(lead.text)).toBe('The harbour tram will run again from Monday, the transit authority said on Friday');
    expect(leadTitle('PORT ADLEY, Dec 21 — The council approved the tram budget today.')).toBe(
      'The council approved the tram budget today',
    );
    expect(leadTitle('Artemis 2 — the first crewed flight around the Moon in decades — is delayed again.')).toMatch(/^Artemis 2/);
  });

  it('is never cut inside a preposition of several words ("in response | to"), but may be before an infinitive', () => {
    const title = leadTitle(
      'Statement from the administration in response to today’s special Harbour City Council meeting called by the Harbour City Council president:',
    );
    expect(title).toBe('Statement from the administration');
    expect(
      leadTitle(
        'The council has approved the new budget in addition to a package of measures to help families with the cost of energy this winter.',
      ),
    ).toBe('The council has approved the new budget in addition to a package of measures');
  });

  it('does not cut at the commas of a date written "July 31, 2014,"', () => {
    expect(
      leadTitle(
        'Tom Vale-Henderson is guilty of second-degree murder in the July 31, 2014, stabbing death of Annabel Foxworthy-Smith, a jury decided.',
      ),
    ).toBe('Tom Vale-Henderson is guilty of second-degree murder');
  });

  it('is cut at the last clause boundary within about 90 characters, with no ellipsis', () => {
    const title = leadTitle(
      'NATO Secretary-General Jens Stoltenberg said that the allies will stand together regardless of the outcome of US presidential elections.',
    );
    expect(title).toBe('NATO Secretary-General Jens Stoltenberg said that the allies will stand together');
  });

  it('never cuts between "between" and its "and"', () => {
    expect(
      leadTitle('Police have launched an appeal for witnesses following a fatal crash between a van and a lorry in Kelsford in December.'),
    ).toBe('Police have launched an appeal for witnesses following a fatal crash');
    // The phrase ended at its verb: the "and" after it opens a clause.
    expect(
      leadTitle(
        'Talks between the two sides broke down on Tuesday and the union said strikes would go ahead across the whole rail network.',
      ),
    ).toBe('Talks between the two sides broke down on Tuesday');
  });

  it('never cuts inside brackets, a name or an "of" phrase', () => {
    expect(
      leadTitle(
        'Today, the U.S. Department of Housing and Urban Development (HUD) signed a lease for a building near the river in the town.',
      ),
    ).toBe('Today, the U.S. Department of Housing and Urban Development (HUD) signed a lease');
    expect(
      leadTitle(
        'On Wednesday the Privacy and Civil Liberties Oversight Board released its report on the programme after months of debate in Congress.',
      ),
    ).toBe('On Wednesday the Privacy and Civil Liberties Oversight Board released its report');
  });

  it('cuts before "of" rather than leave the subject without its verb, and never inside "in connection with"', () => {
    expect(
      leadTitle(
        'The Harbour Appeals Tribunal in Port Adley on Wednesday upheld the election of Mayor Kari Nes of the Harbour Party to a third term.',
      ),
    ).toBe('The Harbour Appeals Tribunal in Port Adley on Wednesday upheld the election');
    expect(
      leadTitle(
        'Three men are in custody in connection with the robbery of a jeweller in Port Adley who was hurt when the thieves smashed the window, police said.',
      ),
    ).toBe('Three men are in custody in connection with the robbery of a jeweller in Port Adley');
  });

  it('leaves out an aside on who someone is, and never ends on the verb of a clause of time', () => {
    expect(
      leadTitle(
        'PORT ADLEY-Harbour actor Tomas Wrenn, who won every prize there is for his role as the ferryman in the film Low Tide, has died aged 89.',
      ),
    ).toBe('Harbour actor Tomas Wrenn has died aged 89');
    expect(
      leadTitle(
        'At least three people have been killed after a powerful storm hurtled into the harbour coast on Thursday, uprooting trees.',
      ),
    ).toBe('At least three people have been killed');
    // "three days after": a span of time goes with what it is measured to.
    expect(
      leadTitle(
        'The mayor of Port Adley, Kari Nes, resigned on Monday, three days after it emerged that her office had paid for a holiday.',
      ),
    ).toBe('The mayor of Port Adley, Kari Nes, resigned on Monday');
    // One word in capitals before a dash is a word of the lead, not a place.
    expect(
      leadTitle('NATO-Harbour talks resumed on Monday in Port Adley after a pause of more than three years over the ferry dispute.'),
    ).toMatch(/^NATO-Harbour talks resumed/u);
  });

  it('leaves out a dateline, which is not part of a headline', () => {
    expect(
      leadTitle(
        'CAPE CANAVERAL, Florida - The first new heavy lift space vehicle in a generation is cleared for launch next week by the agency.',
      ),
    ).toBe('The first new heavy lift space vehicle in a generation is cleared for launch next week');
  });
});
