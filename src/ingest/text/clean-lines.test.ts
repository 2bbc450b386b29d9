import { describe, expect, it } from 'vitest';
import { cleanLines } from './clean-lines';
import { readSourceLines } from './source-lines';

/** Each non-blank line as "body" or "<reason>". */
function judged(text: string): string[] {
  return cleanLines(readSourceLines(text)).flatMap((entry) =>
    entry.kind === 'body'
      ? ['body']
      : entry.kind === 'removed'
        ? [entry.removal.keptAs ? `${entry.removal.reason} (kept)` : entry.removal.reason]
        : [],
  );
}

const paragraph = 'The council approved the new tram line on Monday after a debate that lasted more than four hours.';

describe('cleanLines', () => {
  it('keeps a headline labelled "Video:" as the first line, and takes out a video’s credit below it', () => {
    expect(judged(`Video: Attorney-General On Sentencing Laws\n\n${paragraph}\n\nVideo: Kari Nes/Harbour TV`)).toEqual([
      'body',
      'body',
      'credit (kept)',
    ]);
    // In the body, a credit in title case is still one.
    expect(judged(`${paragraph}\n\nPhotos: Courtesy Of The Ministry Of Health\n\n${paragraph}`)).toEqual(['body', 'credit (kept)', 'body']);
  });

  it('keeps a line said twice on purpose, after a line introducing it', () => {
    const chant = 'Oh Port Adley, we will follow you to the ends of the sea and back again.';
    expect(
      judged(`${paragraph}\n${paragraph.replace('Monday', 'Friday')}\nThe crowd sang the same line twice over:\n${chant}\n${chant}`),
    ).toEqual(['body', 'body', 'body', 'body', 'body']);
  });

  it('takes out a link below the body whose headline is said twice on its line', () => {
    const link = 'Harbour man fined after admitting speeding on the coast road';
    const other = 'Ferry strike called off after talks with the harbour board';
    expect(judged(`${paragraph}\n${link} ${link}\n${other} ${other}\n${link}`)).toEqual(['body', 'related link', 'related link', 'body']);
    // One line said twice may be a chant: links come in lists.
    const chant = 'We want our club back';
    expect(judged(`${paragraph}\nThe fans chanted:\n${chant} ${chant}`)).toEqual(['body', 'body', 'body']);
    // Above the body it is the headline, doubled: the title's to take once.
    expect(judged(`${link} ${link}\n${paragraph}`)).toEqual(['body', 'body']);
    // A paragraph of the body doubled by the page's markup is still body.
    const doubled = 'We need your help to update the harbour timetable.';
    expect(judged(`${paragraph}\n${doubled} ${doubled}`)).toEqual(['body', 'body']);
  });

  it('keeps short lines that end an article: a list, a sign-off', () => {
    expect(judged(`${paragraph}\nTickets: £5\nAges 7+\nUnder-fives free`)).toEqual(['body', 'body', 'body', 'body']);
    expect(judged(`${paragraph}\nYours sincerely,\nMargaret Holt`)).toEqual(['body', 'body', 'body']);
  });

  it('takes out a syndicated story’s paper and its date’s label above the body ("NZ Herald,", "Publish Date")', () => {
    expect(judged(`Valley Herald,\nPublish Date\nMon, 29 Nov 2021, 3:13PM\n${paragraph}`)).toEqual([
      'byline (kept)',
      'timestamp label',
      'timestamp (kept)',
      'body',
    ]);
  });

  it('takes out a newsroom signing, a paywall mark and a menu item only above the body', () => {
    expect(judged(`Premium\n• Home\nThe Harbour Bureau\n${paragraph}\nPremium\nThe Harbour Bureau\n${paragraph}`)).toEqual([
      'section label',
      'site navigation',
      'byline (kept)',
      'body',
      'body',
      'body',
      'body',
    ]);
  });

  it('takes out a line of the body that the line before it repeats word for word, but not a short one', () => {
    const caption = 'The mayor speaks to the crowd at the harbour festival on Saturday, in Port Adley.';
    const lead = 'Thousands came to the harbour festival on Saturday, the first since the storm closed the quay.';
    // The lead's repeat at the top is the title's to take out, as a repeated standfirst (title.ts).
    expect(judged(`${lead}\n${paragraph}\n${paragraph}\n${caption}\n${caption}\nNo.\nNo.`)).toEqual([
      'body',
      'body',
      'repeated line',
      'body',
      'repeated line',
      'body',
      'body',
    ]);
  });

  it('takes out a short line that is no sentence when the line before says it again (a picture’s alt text and caption)', () => {
    const lead = 'Thousands came to the harbour festival on Saturday, the first since the storm closed the quay.';
    // A chant said twice on purpose, after the line that announces it, stays.
    expect(judged(`${lead}\n${paragraph}\nThe marchers chanted:\nNo justice, no peace\nNo justice, no peace`)).toEqual(
      Array(5).fill('body'),
    );
    expect(judged(`${lead}\n${paragraph}\nHarbour Quay at dawn\nHarbour Quay at dawn\n${paragraph}\nNo.\nNo.`)).toEqual([
      'body',
      'body',
      'body',
      'repeated line',
      'body',
      'body',
      'body',
    ]);
  });

  it('takes out a caption’s copy without its credit near the caption, and keeps the same words elsewhere', () => {
    const caption = 'Tom Vale of the Rovers consoles Ann Fox of the Storm after the Rovers won the final.';
    expect(judged(`${paragraph}\n\n${caption}\n\n${caption}Credit: Getty Images\n\n${paragraph}`)).toEqual([
      'body',
      'photo caption (kept)',
      'photo caption (kept)',
      'body',
    ]);
    // The lead a picture at the top says again stays.
    expect(judged(`${caption}\n\n${caption} Picture: Ann Fox/Kelsford Echo\n\n${paragraph}`)).toEqual([
      'body',
      'photo caption (kept)',
      'body',
    ]);
    // Far from the caption, the same sentence is the article's.
    expect(judged(`${caption}Credit: Getty Images\n\n${paragraph}\n\nThe crowd stayed.\n\nThe band played.\n\n${caption}`).at(-1)).toBe(
      'body',
    );
  });

  it('takes out site junk and keeps bylines and timestamps as metadata', () => {
    expect(
      judged(
        `Home » News\nHarbour tram to reopen\nBy Mara Ellingsen\n2 hours ago\nShare this:\n${paragraph}\nAdvertisement\n${paragraph}\n© 2021 Harbour Times`,
      ),
    ).toEqual([
      'breadcrumbs',
      'body',
      'byline (kept)',
      'timestamp (kept)',
      'share buttons',
      'body',
      'advertisement',
      'body',
      'site footer',
    ]);
  });

  it('keeps the words left beside an image as its caption, unless they run as a sentence', () => {
    const image = '<img src="https://example.org/minister.jpg" alt="" />';
    expect(judged(`Regional Minister, Tomas Berg ${image}\n${paragraph}`)).toEqual(['photo caption (kept)', 'body']);
    expect(judged(`${image} ${paragraph}\n${paragraph.replace('Monday', 'Friday')}`)).toEqual(['body', 'body']);
    // Words after the image, or a short sentence beside it, are the body's.
    expect(judged(`${image} What happens next\n${paragraph}`)).toEqual(['body', 'body']);
    expect(judged(`Nobody was hurt. ${image}\n${paragraph}`)).toEqual(['body', 'body']);
  });

  it('takes a related-posts list, but leaves its last line when body text follows (it may be a heading)', () => {
    expect(judged(`${paragraph}\n\nRelated posts:\n\nTram fares to rise\n\nDepot plan approved\n\nTags: trams`)).toEqual([
      'body',
      'related links',
      'related links',
      'related links',
      'tag list',
    ]);
    expect(judged(`${paragraph}\n\nRelated\n\nTram fares to rise\n\nWhat happens next\n\n${paragraph}`)).toEqual([
      'body',
      'related links',
      'related links',
      'body',
      'body',
    ]);
  });

  it('takes an icon named by a word where it stands on several lines, and only there', () => {
    const menu = ['equalizer', 'Business', 'equalizer', 'Tourism'];
    expect(judged(`${menu.join('\n\n')}\n\n${paragraph}`).filter((verdict) => verdict === 'icon name')).toHaveLength(2);
    expect(judged(`${paragraph}\n\nThe winning words were:\n\nequalizer\n\nvisibility`)).not.toContain('icon name');
  });

  it('takes the page’s teaser of its own lead, cut off with "...", when the lead follows', () => {
    const lead = 'HARBOUR: Transport Minister Ana Vale said on Monday that the tram network would double in size by 2030.';
    const teaser = 'HARBOUR: Transport Minister Ana Vale said on Monday that the tram net-work would...';
    expect(judged(`Trams to double\n\n${teaser}\nTomas Hale\n\n${lead}`)[1]).toBe('teaser');
    // Nor the headline, which the lead may open with.
    const river = 'The day the river came into our homes and took everything we owned is one we will never forget, residents said.';
    expect(judged(`The day the river came into our homes and took everything...\n\n${river}`)[0]).toBe('body');
    // A sentence that trails off, followed by another paragraph, stays.
    expect(judged(`Trams to double\n\nThe minister said the network would...\n\n${lead}`)[1]).toBe('body');
  });

  it('takes each link’s teaser, cut off mid-sentence, with the list', () => {
    const list = [
      'More like this',
      'Tram fares to rise in the spring',
      'Fares on every line of the harbour network will rise by...',
      'Depot plan approved after a long wait',
      'The council’s planning committee, meeting on Tuesday, backed the depot,...',
    ];
    expect(judged(`${paragraph}\n\n${list.join('\n\n')}`)).toEqual(['body', ...list.map(() => 'related links')]);
    // A sentence of the article that ends in an ellipsis is no teaser after a paragraph.
    expect(judged(`${paragraph}\n\nAnd then the lights went out...`)).toEqual(['body', 'body']);
  });

  it("takes a page's closing list of videos or stories whole, a video's description with it", () => {
    const videos = [
      'Videos',
      '• Tram depot reopens after the storm',
      'Here is a look at the repairs, from the first crane to the first tram.',
      'Tram depot reopens after the storm 2:55',
      'Tram depot reopens after the storm',
      'Harbour bridge lit up for the festival 3:23',
      'Harbour bridge lit up for the festival',
    ];
    expect(judged(`${paragraph}\n\n${videos.join('\n\n')}`)).toEqual(['body', ...videos.map(() => 'related links')]);
    // An article's own list under such a heading, ending in prose, stays.
    const recipe = ['Popular categories', 'Roast potatoes', 'Yorkshire puddings', 'Gravy', 'Carrots'];
    const method = 'Cook the beef for 20 minutes per 500g, then rest it for half an hour before carving.';
    expect(judged(`${paragraph}\n\n${recipe.join('\n\n')}\n\n${method}`)).toEqual(['body', ...recipe.map(() => 'body'), 'body']);
    // Prose after the list's heading is an article going on: only the links right after the heading are taken.
    const more = 'The second line will follow in 2027, once the bridge over the river has been strengthened.';
    expect(judged(`${paragraph}\n\nMore videos\n\nTram fares to rise\n\n${paragraph}\n\n${more}`)).toEqual([
      'body',
      'related links',
      'body',
      'body',
      'body',
    ]);
  });

  it('takes a related stories box to the end: each story’s title, date and teaser', () => {
    const teaser = (what: string) => `${what}, and the harbour board will decide on Thursday whether to go ahead with it.`;
    const box = ['Related Stories', 'Ferry fares to rise', 'February 20, 2018', teaser('Fares rise'), 'Depot plan approved'];
    const end = ['February 14, 2018', teaser('The depot will be built')];
    expect(judged(`${paragraph}\n\n${[...box, ...end].join('\n\n')}`)).toEqual(['body', ...[...box, ...end].map(() => 'related links')]);
    // One story is no box's shape: its date and teaser may be the article's.
    expect(judged(`${paragraph}\n\n${box.slice(0, 4).join('\n\n')}`)).toContain('body');
  });

  it('leaves a bulleted summary or a packing list above the first paragraph in the body', () => {
    const summary = ['• Rates rise to five per cent', '• Ninth rise in a row', '• Mortgages set to climb', '• Savers gain'];
    const packing = ['• Wellies', '• Sunscreen', '• Poncho', '• Power bank'];
    for (const list of [summary, packing]) {
      expect(judged(`Tram line to reopen\n\n${list.join('\n')}\n\n${paragraph}`)).toEqual(['body', ...list.map(() => 'body'), 'body']);
    }
  });

  it('takes a bulleted menu above the body, but not a list in it', () => {
    const menu = ['• Home', '• Latest News', '• Politics', '• Sport'];
    const list = ['• Two new stops', '• A second depot', '• Fares frozen'];
    expect(judged(`Tram line to reopen\n\n${menu.join('\n')}\n\n${paragraph}\n\n${list.join('\n')}`)).toEqual([
      'body',
      ...menu.map(() => 'site navigation'),
      'body',
      ...list.map(() => 'body'),
    ]);
  });

  it("takes a reactions widget's question and its buttons after the article, and a question in it never", () => {
    const buttons = ['Looks like a mess!', 'OK laugh!', 'Very sad!'];
    expect(judged(`${paragraph}\n\nWhat is your response?\n\n${buttons.join('\n\n')}`)).toEqual([
      'body',
      'reactions',
      ...buttons.map(() => 'reactions'),
    ]);
    const after = 'The council will vote on the plan again in June, after a second round of consultation.';
    expect(judged(`${paragraph}\n\nWhat is your response?\n\n${buttons.join('\n\n')}\n\n${after}`)).not.toContain('reactions');
  });

  it('takes a date’s label above the body, not in it', () => {
    expect(judged(`Tram line to reopen\n\nPosted\n\n${paragraph}\n\nUpdated:`)).toEqual(['body', 'timestamp label', 'body', 'body']);
    expect(judged(`Tram line to reopen\n\nReporter:\n\n${paragraph}`)).toEqual(['body', 'byline label', 'body']);
    expect(judged(`Tram line to reopen\n\nPublished\n\non\n\nAuthor\n\n${paragraph}`)).toEqual([
      'body',
      'timestamp label',
      'timestamp label',
      'byline label',
      'body',
    ]);
  });

  it('takes the line over a bare "see more" for another story’s headline', () => {
    expect(judged(`Tram line to reopen\n\n${paragraph}\n\nFerry fares to rise in May\n\nsee more\n\n${paragraph}`)).toEqual([
      'body',
      'body',
      'related link',
      'read-more link',
      'body',
    ]);
    // Not a sentence of the body, nor a question or a label before it.
    expect(judged(`Tram line to reopen\n\n${paragraph}\n\n${paragraph}\n\nsee more`)).toEqual(['body', 'body', 'body', 'read-more link']);
  });

  it('takes two timestamp labels in a row for the page’s, even below the first paragraph', () => {
    expect(judged(`Tram line to reopen\n\n${paragraph}\n\nPublished\n\nLast updated\n\n${paragraph}`)).toEqual([
      'body',
      'body',
      'timestamp label',
      'timestamp label',
      'body',
    ]);
    // "Posted" over "and last updated", their times lost.
    expect(judged(`Tram line to reopen\n\nPosted\nand last updated\n\n${paragraph}`)).toEqual([
      'body',
      'timestamp label',
      'timestamp label',
      'body',
    ]);
    // One alone in the body stays.
    expect(judged(`Tram line to reopen\n\n${paragraph}\n\nUpdated\n\n${paragraph}`)).toEqual(['body', 'body', 'body', 'body']);
  });

  it('takes the place a story was filed from, standing alone above the lead, as a dateline', () => {
    expect(judged(`Tram line to reopen\n\nWASHINGTON\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nKYIV, Ukraine\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nGUATEMALA CITY, Guatemala -\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nNew York, May 20\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nHarbour Tram, May 20\n\n${paragraph}`)).not.toContain('dateline');
    expect(judged(`Tram line to reopen\n\nSanto Domingo, DR\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nLima, Peru\n\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    expect(judged(`Tram line to reopen\n\nFares, Timetables\n\n${paragraph}`)).not.toContain('dateline');
    // A kicker is no place, and a headline is never a dateline.
    expect(judged(`Tram line to reopen\n\nEXCLUSIVE\n\n${paragraph}`)).toEqual(['body', 'section label', 'body']);
    expect(judged(`Tram line to reopen\n\nTRAM FARES\n\n${paragraph}`)).not.toContain('dateline');
    expect(judged(`LONDON\n\n${paragraph}`)).toEqual(['body', 'body']);
    // Not when it gives the day it was filed, which no headline does.
    expect(judged(`New York, May 20\n\n${paragraph}`)).toEqual(['dateline', 'body']);
    // Places in capitals further down make section headings of them all.
    const more = 'The second line will follow in 2027, once the bridge over the river has been strengthened.';
    expect(judged(`Tram line to reopen\n\nGAZA\n\n${paragraph}\n\nISRAEL\n\n${more}`)).not.toContain('dateline');
  });

  it('takes the one link after a stand-alone "Also read"', () => {
    expect(judged(`${paragraph}\n\nALSO READ\n\nTram fares to rise in May\n\n${paragraph}`)).toEqual([
      'body',
      'read-more link',
      'related link',
      'body',
    ]);
  });

  it('takes a section label only above the body', () => {
    expect(judged(`Analysis\nHarbour tram to reopen\n${paragraph}\nAnalysis\n${paragraph}`)).toEqual([
      'section label',
      'body',
      'body',
      'body',
      'body',
    ]);
  });

  it('takes out lines of markup and reads them as paragraph breaks', () => {
    const entries = cleanLines(readSourceLines(`${paragraph}\n<div class="ad"></div>\n${paragraph}`));
    expect(entries.map((entry) => entry.kind)).toEqual(['body', 'removed', 'blank', 'body']);
  });

  it('keeps whatever no rule is sure of', () => {
    expect(judged('He declined to comment.\nThe end of an era\nBy the end of the year, fares will rise.')).toEqual([
      'body',
      'body',
      'body',
    ]);
  });

  it('keeps this session’s furniture shapes where they are the story’s (fresh reading of 2026-12-08)', () => {
    // Buttons only under an appeal: an answer, a play's title.
    expect(judged(`${paragraph}\nWill you sign a new contract this summer?\nNot now.\n${paragraph}`)).toEqual([
      'body',
      'body',
      'body',
      'body',
    ]);
    expect(judged(`Readers like you keep news free for everyone.\nSupport us today\nNot now\nTram line to reopen\n${paragraph}`)).toEqual([
      'support prompt',
      'support prompt',
      'support prompt',
      'body',
      'body',
    ]);
    // A heatwave's readings in the body.
    const readings = ['19 July 2022 Tamsel: 36.1°C', '25 July 2019 Tamsel: 35.4°C'];
    expect(judged(`Tamsel heat record broken\n${paragraph}\n${readings.join('\n')}\n${paragraph}`)).toEqual([
      'body',
      'body',
      'body',
      'body',
      'body',
    ]);
    expect(judged(`Friday 9 June 2023 Port Adley: 15°C\nTram line to reopen\n${paragraph}`)).toEqual(['weather widget', 'body', 'body']);
    // An office a contact line names is no newsroom signing off.
    expect(judged(`${paragraph}\nFree advice is available from:\nKelsford Citizens Advice Bureau`)).toEqual(['body', 'body', 'body']);
    expect(judged(`${paragraph}\n${paragraph}\nHJ Newsroom`)).toEqual(['body', 'body', 'byline (kept)']);
    // A club and its county, a profile's subject: no reporter.
    expect(judged(`Cup final preview\nBallyfin Rovers, Cork\n${paragraph}`)).toEqual(['body', 'body', 'body']);
    const profile = 'Ama Osei has sold bread at the Makola market for 31 years, and she has seen the city change around her stall.';
    expect(judged(`Faces of the city\nAma Osei, Accra\n${profile}`)).toEqual(['body', 'body', 'body']);
    expect(judged(`Jobs centres to open\nDaniel Mensah, Lagos\n${paragraph}`)).toEqual(['body', 'byline (kept)', 'body']);
    // ... and of the second reading: a reporter whose name the lexicon does not know; a profile that names its subject
    // later in its first sentence; a newsroom's bureau; labels in capitals that are no place; readings under an intro.
    expect(judged(`Lagos to build jobs centres\nChidi Okafor, Lagos\n${paragraph}`)).toEqual(['body', 'byline (kept)', 'body']);
    const wanjiku = 'For twenty years, Mary Wanjiku has sold vegetables at Gikomba market, and she has seen the city change around her.';
    expect(judged(`Faces of the city\nMary Wanjiku, Nairobi\n${wanjiku}`)).toEqual(['body', 'body', 'body']);
    expect(judged(`${paragraph}\n${paragraph}\nThe Hindu Bureau`)).toEqual(['body', 'body', 'byline (kept)']);
    for (const label of ['HALE:', 'INGREDIENTS:', 'KELSFORD ROVERS:', 'CORRECTION:'])
      expect(judged(`Tram line to reopen\n${label}\n${paragraph}`), label).toEqual(['body', 'body', 'body']);
    expect(judged(`Tram line to reopen\nNAIROBI:\n${paragraph}`)).toEqual(['body', 'dateline', 'body']);
    const hottest = ['19 July 2022 Tamsel: 36.1°C', '25 July 2019 Tamsel: 35.4°C', '10 August 2003 Tamsel: 34.9°C'];
    expect(
      judged(`Tamsel heat record broken\nThe five hottest days ever recorded in Tamsel:\n${hottest.join('\n')}\n${paragraph}`),
    ).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('takes a paper’s name under the headline, over the lead, for the paper the story is credited to', () => {
    expect(judged(`Villagers guard the forest\nThanh Nien News\nEmail Print\n${paragraph}`)).toEqual([
      'body',
      'byline (kept)',
      'share buttons',
      'body',
    ]);
    // A label built of words the lexicon knows is no paper's name.
    expect(judged(`Why we fell for fake stories\nFake News\n${paragraph}`)).toEqual(['body', 'body', 'body']);
  });

  it('takes a short line inside a quotation that runs on for a caption, never a heading', () => {
    const open = '"I can well understand he and his family were deeply upset by this and felt less secure in their home.';
    const next = '"This was an occupied house and there was a struggle between you and the householder, who acted bravely."';
    expect(judged(`${paragraph}\n${open}\nKelsford Crown Court\n${next}`)).toEqual(['body', 'body', 'photo caption (kept)', 'body']);
    // Between a closed quotation and the next, it may head a section.
    const closed = '"I can well understand he and his family were deeply upset by this and felt less secure in their home."';
    expect(judged(`${paragraph}\n${closed}\nWhat happens next\n${next}`)).toEqual(['body', 'body', 'body', 'body']);
  });
});
