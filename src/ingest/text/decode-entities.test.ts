import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities';

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('Tom &amp; Jerry&#39;s &quot;show&quot; &ndash; &#8220;live&#8221; &euro;5')).toBe(
      'Tom & Jerry\'s "show" – “live” €5',
    );
  });

  it('decodes double-encoded entities', () => {
    expect(decodeEntities('the mayor&amp;#39;s plan, &amp;quot;soon&amp;quot;')).toBe('the mayor\'s plan, "soon"');
  });

  it('repairs entities that lost their ampersand', () => {
    expect(decodeEntities('He said quot;We will go.quot; and the Alliancersquo;s chief')).toBe(
      'He said "We will go." and the Alliance’s chief',
    );
    expect(decodeEntities('ldquo;Enough,rdquo; she said. It#39;s over')).toBe("“Enough,” she said. It's over");
  });

  it('leaves text that only looks like an entity alone', () => {
    const text = 'AT&T and R&D; a camp; the aliquot; &notice; room #5 at 3;00; Q&A';
    expect(decodeEntities(text)).toBe(text);
  });

  it('decodes an entity missing its semicolon only where HTML would', () => {
    expect(decodeEntities('&quot Hello &quot')).toBe('" Hello "');
    expect(decodeEntities('&notin the list')).toBe('&notin the list');
  });
});
