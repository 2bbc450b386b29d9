import { describe, expect, it } from 'vitest';
import { isNewsroomCredit, metadataLineKind } from './metadata-lines';

describe('metadataLineKind', () => {
  it.each([
    ['By Kerry Ashworth, Sports Reporter', 'byline'],
    ['By MARTA OLSEN', 'byline'],
    ['By Nadia Brennan', 'byline'],
    ['By Tomas Hale and Ana de la Cruz, Political Correspondents', 'byline'],
    ['Written by: Mara Ellingsen | Harbour Times', 'byline'],
    ['Mara Ellingsen, Staff Reporter', 'byline'],
    ['Published: 18:02 GMT, 16 March 2019 | Updated: 19:40 GMT, 16 March 2019', 'timestamp'],
    ['2 hours ago', 'timestamp'],
    ['September 29, 2020', 'timestamp'],
    ['Last Updated: Oct 20, 2020, 14:32 IST', 'timestamp'],
    ['Saturday 27 November 2021 08:15', 'timestamp'],
    ['Published March 7, 2023', 'timestamp'],
    ['Published 9 Oct 2023, 17:40', 'timestamp'],
    ['2021-03-14T10:45:00Z', 'timestamp'],
    ['Updated 10.45am', 'timestamp'],
    ['PTI | Updated: Mar 3, 2021 10:45 IST', 'timestamp'],
    ['Updated on: March 3, 2021 / 10:45 AM IST', 'timestamp'],
    ['March 3, 2021 · 4 min read', 'timestamp'],
    ['By Mara Ellingsen on March 3, 2021', 'byline'],
    ['Posted by Admin on March 3, 2021 at 10:45 am', 'byline'],
    ['AFP', 'credit'],
    ['(Photo: Twitter/@harbourtimes)', 'credit'],
    ['Getty Images', 'credit'],
    ['Representative image', 'caption'],
    ['--IANS', 'credit'],
    ['(Reuters)', 'credit'],
    ['The Associated Press', 'credit'],
    ['By Source: Harbour News Agency', 'credit'],
    ['The mayor speaks at a bill signing on Nov. 21, 2019. (Dario Venn | Harbour Beat)', 'caption'],
    ['- Harbour Wire', 'credit'],
    ['Reporting by Elena Marsh; Editing by Hugh Danvers', 'credit'],
    ['(With inputs from agencies)', 'credit'],
    ['Photo: University of Skarholm / Handout', 'credit'],
    ['Image source, Merriman Pictures', 'credit'],
    ['Vipers captain Nia Castellano lifts the trophy. (Photo by Dario Venn / Brightwater Images)', 'caption'],
    ['Darren Keble arrives at court on Monday. Photo: Ruth Ambler/Sallowfield Echo', 'caption'],
    ['Image caption, Lantern makers carry a paper whale along the quay', 'caption'],
    ['FILE PHOTO: A tram crosses the harbour bridge in Port Adley, March 3, 2020. REUTERS/Kari Nes', 'caption'],
    ['Above: Lantern makers on the quay before the parade', 'caption'],
    ['Left to right: Mara Quell, Tomas Hale and Kari Nes', 'caption'],
    ['The old tram depot at Tarrow (File photo)', 'caption'],
    ['Former fighters queue near Port Salven (Image: Dario Venn)', 'caption'],
    ['(Image: Dario Venn)', 'credit'],
    ['March 10, 2024 08:31 pm | Updated 08:32 pm IST - PORT ADLEY', 'timestamp'],
    ['Screen Shot 2016-05-26 at 3.33.50 PM', 'caption'],
    ['AFP-JIJI', 'credit'],
    ['A singer performs at the Orbis Arena in Port Adley in 2017. | AFP-JIJI', 'caption'],
    ['The singer announces a world tour, to open on September 18. (AP)', 'caption'],
    ['The bill was tabled in the House on December 14. ― Picture by Dario Venn', 'caption'],
    ['Speaker of the House – Mara Quell. Photo: Agency for Public Information (API).', 'caption'],
    ['FOR RELEASE February 3, 2015', 'timestamp'],
    ['PRESS RELEASE For Immediate Release June 26, 2019', 'timestamp'],
    ['FOR IMMEDIATE RELEASE', 'timestamp'],
    ['Embargoed until 00:01 GMT, 4 March 2024', 'timestamp'],
    ['Posted: June 27, 2014 (Press Release)', 'timestamp'],
    ['This post was originally published on the Harbour Council blog.', 'credit'],
    ['A version of this story first appeared in the Tarrow Gazette.', 'credit'],
    ['Originally published on Data.gov.', 'credit'],
    ['— Harbour Council (@HarbourCouncil) June 10, 2015', 'credit'],
  ])('keeps %j as %s', (line, kind) => {
    expect(metadataLineKind(line)).toBe(kind);
  });

  it.each([
    'By Tuesday, the council had agreed to the plan.',
    'By Tuesday the council had agreed',
    'By the end of the year, fares will rise.',
    'By March 2021',
    'March on',
    'The 2021 budget in numbers',
    'In 2019 the port handled 2 million tonnes.',
    'Twelve hours later, the road reopened.',
    '- Three new buses will run on the route',
    '(more to follow)',
    'Bureau',
    'Screenshots of the new app',
    'Screenshot 2024-01-01 of the post shows the council calling the protesters a mob.',
    'The second room is given over to photography. Pictures by the older pupils line the walls, most of them taken on phones.',
    'The ferries will resume on Wednesday if the wind drops as forecast, the port authority said. (AP)',
    '14:32 - GOAL',
    'The Harbour Bureau',
    'Photographs of the flood were shared widely, he said.',
    'Source of the leak remains unknown.',
    'Focus on training missions',
    'Kari Nes, chief correspondent, agreed.',
    'Video Shows Flood Damage In Port Adley',
    'Above all, the council wants the trams running by May.',
    'The council kept a file photo archive until 2019.',
    'For release in March',
    'Released on Monday, the figures show a fall in fares.',
    'The council first published its plan in 2019, and it has changed since.',
    'Originally published in 1922, the novel was banned for a decade.',
    'This article was first published in 2019! Read it again?',
    'The two reports disagree on the cost (Dario Venn | Harbour Beat)',
    '— and the council (@HarbourCouncil) agreed on June 10, 2015, to pay for it',
  ])('leaves %j as body text', (line) => {
    expect(metadataLineKind(line)).toBeNull();
  });
});

describe('isNewsroomCredit', () => {
  it('knows a newsroom signing for a reporter (taken out only above the body: clean-lines.ts)', () => {
    for (const line of ['The Harbour Bureau', 'Express News Service', 'HT Correspondent', 'Web Desk', 'Harbour Wire Staff'])
      expect(isNewsroomCredit(line), line).toBe(true);
    for (const line of ['Bureau', 'The bureau closed in 2019.']) expect(isNewsroomCredit(line), line).toBe(false);
  });
});
