import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../eval/same-speaker';

describe('sameSpeaker', () => {
  it('takes a body named with or without its article as the same speaker', () => {
    expect(sameSpeaker('Project on Government Oversight', 'the Project on Government Oversight')).toBe(true);
    expect(sameSpeaker('The United States Access Board', 'United States Access Board')).toBe(true);
    expect(sameSpeaker('Janet L. Yellen', 'Janet L. Yellen')).toBe(true);
  });

  it('forgives nothing else', () => {
    expect(sameSpeaker('a representative', 'a representative from the Mississippi project team')).toBe(false);
    expect(sameSpeaker('Theo Marsh', 'Marsh')).toBe(false);
    expect(sameSpeaker('UN Panel', 'the UN Panel of Experts report')).toBe(false);
  });

  it('is right for no speaker only where the label gives none', () => {
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker(null, 'the Board')).toBe(false);
    expect(sameSpeaker('the Board', null)).toBe(false);
  });
});
