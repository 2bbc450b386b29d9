import { describe, expect, it } from 'vitest';
import { personSlug } from './person-slug';

describe('personSlug', () => {
  it('makes a readable slug of a name', () => {
    expect(personSlug('Jens Stoltenberg')).toBe('jens-stoltenberg');
    expect(personSlug("Vellmark Employers' Confederation")).toBe('vellmark-employers-confederation');
  });

  it('gives spellings that differ in case and accents one slug', () => {
    expect(personSlug('José Ramos')).toBe(personSlug('jose ramos'));
  });

  it('still gives a name slugify cannot transliterate a stable, non-empty slug', () => {
    const slug = personSlug('ꯃꯅꯤ');
    expect(slug).toMatch(/^name-[0-9a-z-]+$/);
    expect(personSlug('ꯃꯅꯤ')).toBe(slug);
  });
});
