import { describe, expect, it } from 'vitest';
import type { Inline } from '../../article/article-schema';
import { quoteInlines } from './quotations';

/** The quotes of one paragraph as [open, text, close] (with "+" marking a continued one). */
function quotes(text: string, carried = false): string[][] {
  return quoteInlines(text, carried).inlines.flatMap((inline: Inline) =>
    inline.type === 'quote' ? [[inline.continued ? `+${inline.open}` : inline.open, inline.text, inline.close]] : [],
  );
}

describe('quoteInlines', () => {
  it('finds curly, straight, low-9 and guillemet quotations', () => {
    expect(quotes('“We are ready,” she said. "So are we," he said.')).toEqual([
      ['“', 'We are ready,', '”'],
      ['"', 'So are we,', '"'],
    ]);
    expect(quotes('Er sagte: „Wir sind bereit.“ Dann ging er.')).toEqual([['„', 'Wir sind bereit.', '“']]);
    expect(quotes('Il a dit : « Nous sommes prêts » hier.')).toEqual([['« ', 'Nous sommes prêts', ' »']]);
    expect(quotes('Han sa: »Vi er klare« og gikk.')).toEqual([['»', 'Vi er klare', '«']]);
    expect(quotes('Hon sa: ”Vi är redo” och gick.')).toEqual([['”', 'Vi är redo', '”']]);
  });

  it('opens a quotation with an opening mark set off from its first word after a comma or colon', () => {
    expect(quotes('Tomas Hale, speaking for the board, said, “ We are in full support of the plan.” The vote is today.')).toEqual([
      ['“ ', 'We are in full support of the plan.', '”'],
    ]);
    expect(quotes('The motto reads: “ Ever Onward”.')).toEqual([['“ ', 'Ever Onward', '”']]);
    // Opening a quotation inside another, a closing mark after it: it opens.
    expect(quotes('He told the rally, “ We will win this seat.” Later he added, “ Nobody can stop this wave.”')).toEqual([
      ['“ ', 'We will win this seat.', '”'],
      ['“ ', 'Nobody can stop this wave.', '”'],
    ]);
    // Such a mark after a quotation still open, with no closing mark after it, closes it: typed the wrong way round.
    expect(quotes('“We will not relent until this road is finished, “ Governor Tomas Hale said on Tuesday.')).toEqual([
      ['“', 'We will not relent until this road is finished,', ' “'],
    ]);
  });

  it('pairs mismatched marks, as in the seed', () => {
    expect(quotes('"Regardless of differences, we stand together,” said the chief.')).toEqual([
      ['"', 'Regardless of differences, we stand together,', '”'],
    ]);
    expect(quotes('“We will see," he said.')).toEqual([['“', 'We will see,', '"']]);
  });

  it('opens a quotation with a closing-shaped double mark set off at the paragraph’s start', () => {
    expect(quotes('” Villagers in my ward are struggling to survive, he said”.')).toEqual([
      ['” ', 'Villagers in my ward are struggling to survive, he said', '”'],
    ]);
    // Not a closing mark ending a quotation carried from the paragraph before with nothing after it.
    expect(quotes('” he said.')).toEqual([]);
  });

  it('tells single quotation marks from apostrophes', () => {
    expect(quotes('The Alliance’s chief said he don’t know about the ’90s or rock ’n’ roll, and the fans’ anger.')).toEqual([]);
    expect(quotes("It's the 'burbs, the '80s and rock 'n' roll.")).toEqual([]);
    expect(quotes('‘We can’t let the fans’ anger decide,’ he said.')).toEqual([['‘', 'We can’t let the fans’ anger decide,', '’']]);
    expect(quotes('She called it ‘a win for the fans’.')).toEqual([['‘', 'a win for the fans', '’']]);
    // A Tongan place's glottal stop, written as an opening mark after "in": no quotation, when none closes.
    expect(quoteInlines('The festival will be celebrated in ‘Eua before the final events in Tongatapu.', false).unclosed).toBe(false);
    expect(quotes('The festival will be celebrated in ‘Eua before the final events.')).toEqual([]);
    expect(quotes('Tickets for the show in ‘Little Venice’ sold out.')).toEqual([['‘', 'Little Venice', '’']]);
    // A British quotation that runs on past its paragraph still opens after "and".
    expect(quoteInlines('She said the wait was unacceptable and ‘the family deserve better than this.', false).unclosed).toBe(true);
  });

  it('works in British style, with double marks inside single ones', () => {
    expect(quotes('‘He told me “never again”, and left,’ she said. ‘That was that.’')).toEqual([
      ['‘', 'He told me “never again”, and left,', '’'],
      ['‘', 'That was that.', '’'],
    ]);
  });

  it('keeps a quotation inside a quotation inside the outer one', () => {
    expect(quotes('“They shouted ‘out, out’ at us,” he said.')).toEqual([['“', 'They shouted ‘out, out’ at us,', '”']]);
    expect(quotes('"He called it \'madness\'," she said.')).toEqual([['"', "He called it 'madness',", '"']]);
  });

  it('runs an unclosed mark to the end of its paragraph', () => {
    const { inlines, unclosed } = quoteInlines('He said: “We will not stop until the work is done.', false);
    expect(unclosed).toBe(true);
    expect(inlines.at(-1)).toMatchObject({ type: 'quote', text: 'We will not stop until the work is done.', open: '“', close: '' });
  });

  it('continues a quotation from the previous paragraph when this one opens again', () => {
    expect(quotes('“And then we rebuild,” she said.', true)).toEqual([['+“', 'And then we rebuild,', '”']]);
    expect(quotes('She said “yes” again.', true)).toEqual([['“', 'yes', '”']]);
  });

  it('starts a quotation closed with no opening mark at the paragraph start', () => {
    expect(quotes('We will not back down,” the union leader said.')).toEqual([['', 'We will not back down,', '”']]);
    expect(quotes('But we have the will.” She left.', true)).toEqual([['+', 'But we have the will.', '”']]);
    // Markdown emphasis left before the mark: "*“The Board's ...".
    expect(quotes('*“We look forward to it.”', true)).toEqual([['+“', 'We look forward to it.', '”']]);
    expect(quotes('He is 6\'2" tall.')).toEqual([]);
  });

  it('leaves a lone closing mark after a bare word alone: its opening mark is lost somewhere in the sentence', () => {
    expect(quotes('They met to talk about its How To Sell to the Government" page.')).toEqual([]);
    expect(quotes('It was the "Sell to Government" page, and then Government" page.')).toEqual([['"', 'Sell to Government', '"']]);
  });

  it('ends a quotation whose closing mark was lost before its attribution', () => {
    expect(quotes('“In 2014, our chats grew, Kloth said. “These chats help us.”')).toEqual([
      ['“', 'In 2014, our chats grew,', ''],
      ['“', 'These chats help us.', '”'],
    ]);
    expect(quotes('“He told me “never again” and left,” she said.')).toEqual([['“', 'He told me “never again” and left,', '”']]);
  });

  it('ends a quotation whose closing mark was lost when a new one opens and closes once', () => {
    // Two paragraphs of one statement run together, then someone else's words.
    expect(
      quotes('Her sons said: “She was a force of nature. “She will be missed.” Later Ann Fox wrote that “the town is quieter.”'),
    ).toEqual([
      ['“', 'She was a force of nature.', ''],
      ['“', 'She will be missed.', '”'],
      ['“', 'the town is quieter.', '”'],
    ]);
    // Closed before the outer one is: quotations within a quotation, as before.
    expect(quotes('“He told me “never again” and left,” she said. “Tell them “fatter” or “thinner”,” I said.')).toEqual([
      ['“', 'He told me “never again” and left,', '”'],
      ['“', 'Tell them “fatter” or “thinner”,', '”'],
    ]);
  });

  it('takes two apostrophes as a closing double mark', () => {
    expect(quotes('“We will go’’ he said.')).toEqual([['“', 'We will go', '’’']]);
    expect(quotes("''We will go,'' he said.")).toEqual([["''", 'We will go,', "''"]]);
    expect(quotes('to improve visitors’’s experiences, and “more”.')).toEqual([['“', 'more', '”']]);
  });

  it('closes a single-quoted quotation at ’’, past a possessive inside it', () => {
    expect(quotes('‘We will go,’’ said Mara Quell.')).toEqual([['‘', 'We will go,', '’’']]);
    expect(quotes('‘The workers’ union is strong,’’ she said.')).toEqual([['‘', 'The workers’ union is strong,', '’’']]);
    expect(quotes('She said ‘the drivers’ pay is too low’’ and left. ‘We lost.’’')).toEqual([
      ['‘', 'the drivers’ pay is too low', '’’'],
      ['‘', 'We lost.', '’’'],
    ]);
    expect(quotes("He said 'the fans' view matters'' again.")).toEqual([["'", "the fans' view matters", "''"]]);
  });

  it('closes at a double mark glued to the next sentence', () => {
    expect(quotes('One partner wrote:“This is how it should be done.”This approach saves time.')).toEqual([
      ['“', 'This is how it should be done.', '”'],
    ]);
    expect(quotes('He said."We will go," she said.')).toEqual([['"', 'We will go,', '"']]);
  });

  it('leaves text without quotations as one text inline', () => {
    expect(quoteInlines('Plain text.', false).inlines).toEqual([{ type: 'text', text: 'Plain text.' }]);
  });
});
