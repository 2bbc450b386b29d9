import { describe, expect, it } from 'vitest';
import { bareBylineLines, isBareName } from './bare-byline';
import { parseTextArticle } from './parse-text-article';

const LEAD = 'The two councils agreed on Monday to build a tram line between the towns, the first such project in the valley.';

function bylineOf(lines: string[]): number[] {
  const source = lines.map((text) => ({ text, cuts: [] }));
  const prose = lines.map((text) => text === LEAD);
  return bareBylineLines(
    source,
    lines.map(() => false),
    prose,
  );
}

describe('isBareName', () => {
  it('takes two to four capitalised name words', () => {
    expect(isBareName('Tomas Hale')).toBe(true);
    expect(isBareName('Anna-Lise van der Berg')).toBe(true);
    expect(isBareName('MARA ELLINGSEN')).toBe(true);
  });

  it('refuses headings, labels and single words', () => {
    expect(isBareName('Storm Damage Mounts')).toBe(false);
    expect(isBareName('What Happens Next')).toBe(false);
    expect(isBareName('Breaking News')).toBe(false);
    expect(isBareName('Focus on training missions')).toBe(false);
    expect(isBareName('Hale')).toBe(false);
    expect(isBareName('Tomas Hale.')).toBe(false);
  });
});

describe('bareBylineLines', () => {
  it('finds a bare name between the headline and the lead, with a role line after it', () => {
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale', '', LEAD])).toEqual([2]);
    expect(bylineOf(['Border towns plan shared tram', 'Tomas Hale', 'Political Correspondent', '', LEAD])).toEqual([1, 2]);
  });

  it('finds a name with its role on one line, under the headline or a kicker and the headline', () => {
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale Transport blogger', '', LEAD])).toEqual([2]);
    expect(bylineOf(['The Valley', '', 'Border towns plan shared tram', '', 'Tomas Hale Senior Writer', '', LEAD])).toEqual([4]);
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale wrote this', '', LEAD])).toEqual([]);
    // The story's subject, named again in the lead, is no byline.
    expect(
      bylineOf(['Lives remembered', '', 'Tomas Hale Crime writer', '', 'Tomas Hale, who has died aged 84, wrote forty novels.']),
    ).toEqual([]);
  });

  it('finds the reporter and the paper under the headline, and a byline under a standfirst', () => {
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale', '', 'The Valley Herald', '', LEAD])).toEqual([2, 4]);
    expect(bylineOf(['Border towns plan shared tram', '', LEAD, '', 'Tomas Hale Senior Writer', '', LEAD])).toEqual([4]);
  });

  it('takes the page’s note on its author, and the name after it, with the byline', () => {
    const note = 'Tomas Hale was a senior reporter for the Valley Herald in Varby, covering transport.';
    expect(
      bylineOf(['Border towns plan shared tram', '', 'Tomas Hale Former senior reporter', '', note, '', 'Tomas Hale', '', LEAD]),
    ).toEqual([2, 4, 6]);
  });

  it('finds a bare name under the headline when a caption stood above it', () => {
    expect(bylineOf(['Tomas Hale Screengrab Valley TV', '', 'Border towns plan shared tram', '', 'Tomas Hale', '', LEAD])).toEqual([4]);
    // A heading that is a name, between two paragraphs of the body, is not.
    expect(bylineOf(['Border towns plan shared tram', '', LEAD, '', 'Tomas Hale', '', LEAD])).toEqual([]);
  });

  it('finds the reporter and the paper under a caption that runs as a sentence', () => {
    const caption = 'Transport minister Ana Vale speaks at the depot on Thursday as the first tram arrives from the valley.';
    const lines = ['Border towns plan shared tram', caption, 'Tomas Hale', 'Valley StarPhoenix', LEAD];
    const prose = lines.map((text) => text === LEAD || text === caption);
    const found = bareBylineLines(
      lines.map((text) => ({ text, cuts: [] })),
      lines.map(() => false),
      prose,
    );
    expect(found).toEqual([2, 3]);
  });

  it('finds a bare name with the place the reporter filed from ("Tomas Hale in Varby")', () => {
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale in Varby', '', LEAD])).toEqual([2]);
    expect(bylineOf(['Border towns plan shared tram', '', 'Storms in Varby', '', LEAD])).toEqual([]);
  });

  it('keeps a name that is not between a headline and the lead', () => {
    expect(bylineOf([LEAD, '', 'Tomas Hale', '', LEAD])).toEqual([]);
    expect(bylineOf(['Border towns plan shared tram', '', 'Tomas Hale', '', 'Next steps', '', LEAD])).toEqual([]);
    expect(bylineOf(['Border towns plan shared tram', '', LEAD, '', 'Tomas Hale', '', LEAD])).toEqual([]);
  });

  it('keeps the byline as article metadata', () => {
    const parsed = parseTextArticle(` date 2021-03-14\nBorder towns plan shared tram\nTomas Hale\nPolitical Correspondent\n\n${LEAD}\n`);
    expect(parsed.title).toBe('Border towns plan shared tram');
    expect(parsed.metadata).toEqual({ byline: 'Tomas Hale · Political Correspondent' });
    expect(parsed.blocks).toHaveLength(1);
  });

  it('takes the note on the author out of the body with its reason, and out of the byline', () => {
    const note = 'Tomas Hale was a senior reporter for the Valley Herald in Varby, covering transport.';
    const parsed = parseTextArticle(
      ` date 2021-03-14\nBorder towns plan shared tram\n\n${LEAD}\n\nTomas Hale Former senior reporter\n\n${note}\n\nTomas Hale\n\n${LEAD}\n`,
    );
    expect(parsed.metadata).toEqual({ byline: 'Tomas Hale Former senior reporter · Tomas Hale' });
    expect(parsed.removed.find((removed) => removed.text === note)?.reason).toBe('author note');
  });
});
