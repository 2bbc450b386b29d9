import { describe, expect, it } from 'vitest';
import { uniqueHeadingIds } from './heading-ids';

describe('uniqueHeadingIds', () => {
  it('makes URL fragments of heading words', () => {
    expect(
      uniqueHeadingIds(['Focus on training missions', 'What happens next?', 'Déjà vu at Søndre Ås', 'iPhone sales & the 90s']),
    ).toEqual(['focus-on-training-missions', 'what-happens-next', 'deja-vu-at-sondre-as', 'iphone-sales-and-the-90s']);
  });

  it('keeps ids unique within the article', () => {
    expect(uniqueHeadingIds(['Reaction', 'Reaction', 'Reaction 2', 'Reaction'])).toEqual([
      'reaction',
      'reaction-2',
      'reaction-2-2',
      'reaction-3',
    ]);
  });

  it('falls back to "section" when nothing sluggable is left', () => {
    expect(uniqueHeadingIds(['***', '反应', '***'])).toEqual(['section', 'section-2', 'section-3']);
  });
});
