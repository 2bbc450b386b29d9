import { describe, expect, it } from 'vitest';
import { layOutArticle } from './article-layout';
import { quoteFeatures, wordBefore, type QuoteFeatures } from './quote-kind-features';
import { blocksOf } from './test-blocks';

/** The features of every quote of an article written as test blocks, in order. */
function featuresIn(text: string): QuoteFeatures[] {
  const layout = layOutArticle('', blocksOf(text));
  return layout.quotes.map((quote) => quoteFeatures(layout, quote));
}

describe('quote kind features', () => {
  it('marks a short quote whose words stand again in the body out of marks', () => {
    const [term] = featuresIn('We added a metric to measure “Ease of Use” this year.\n\nEase of use rose by four points.');
    expect(term?.repeated).toBe(1);
    const [once] = featuresIn('The minister said the plan was “a disaster” and left.\n\nNo one else spoke.');
    expect(once?.repeated).toBe(0);
  });

  it('does not count a repeat in a heading or inside other marks, or a part of a longer word', () => {
    const [quoted] = featuresIn('# Years of neglect\n\nThe judge said it was the result of “years of neglect” and fined them.');
    expect(quoted?.repeated).toBe(0);
    const [first] = featuresIn('She said it was “no” and he said “no” too, as no one knew.');
    expect(first?.repeated).toBe(1);
    const [word] = featuresIn('They said “nope” to the nopes.');
    expect(word?.repeated).toBe(0);
    // Used again inside a quotation, in the middle of someone's words: still no repeat out of marks.
    const [term] = featuresIn('Critics called it “neglect” for years.\n\n“This was years of neglect by the council,” the judge said.');
    expect(term?.repeated).toBe(0);
  });

  it('marks words the writer cut or filled in', () => {
    const [edited] = featuresIn('The Act is a “tremendous undertaking …[to] standardize how agencies report.”');
    expect(edited?.edited).toBe(1);
    const [trailing] = featuresIn('An issue that begins “Have you thought of…” could save months.');
    expect(trailing?.edited).toBe(0);
  });

  it('reads "so-called" as a lead to a term but not "was", and "described as" as no call lead', () => {
    const [was] = featuresIn('The intrusion was “regrettable,” officials said.');
    expect(was?.kindLead).toBe(0);
    const [described] = featuresIn('Demand reached what the company described as “bank holiday levels” on Thursday.');
    expect([described?.kindLead, described?.callLead]).toEqual([0, 0]);
  });

  it('takes the word before the marks in lower case only, and not from the paragraph before', () => {
    const layout = layOutArticle('', blocksOf('Words such as “drill” and Mnuchin “test”.\n\n“We will go,” she said.'));
    expect(layout.quotes.map((quote) => wordBefore(layout, quote))).toEqual(['as', '', '']);
  });
});
