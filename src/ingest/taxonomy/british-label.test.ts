import { describe, expect, it } from 'vitest';
import { britishLabel } from './british-label';
import { iptcTopics } from './taxonomy';

describe('britishLabel', () => {
  it('respells the US words of IPTC labels', () => {
    expect(britishLabel('labor')).toBe('labour');
    expect(britishLabel('child labor')).toBe('child labour');
    expect(britishLabel('security measures (defense)')).toBe('security measures (defence)');
    expect(britishLabel('Labor market')).toBe('Labour market');
  });

  it('leaves words that are right as they are', () => {
    expect(britishLabel('award and prize')).toBe('award and prize');
    expect(britishLabel('downsizing')).toBe('downsizing');
    expect(britishLabel('laboratory')).toBe('laboratory');
  });

  it('leaves no US spelling it knows of among the taxonomy labels, and keeps their slugs', () => {
    const labour = iptcTopics.find((topic) => topic.label === 'labor')!;
    expect(britishLabel(labour.label)).toBe('labour');
    expect(labour.slug).toBe('labor');
    const shown = iptcTopics.map((topic) => britishLabel(topic.label)).join(' ');
    expect(shown).not.toMatch(/\b(labor|theater|defense|behavior|jewelry|organization)\b/);
  });
});
