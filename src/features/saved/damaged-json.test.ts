import { describe, expect, it } from 'vitest';
import { objectsInDamagedJson } from './damaged-json';

describe('objectsInDamagedJson', () => {
  it('reads every whole object of a list cut short, braces and quotes inside strings included', () => {
    const text = '[{"id":"a","title":"A {brace} and a \\"quote\\""},{"id":"b","nested":{"x":1}},{"id":"c","tit';
    expect(objectsInDamagedJson(text)).toEqual([
      { id: 'a', title: 'A {brace} and a "quote"' },
      { id: 'b', nested: { x: 1 } },
    ]);
  });

  it('skips an object damaged inside and goes on to the next', () => {
    expect(objectsInDamagedJson('[{"id":"a",,},{"id":"b"}]')).toEqual([{ id: 'b' }]);
  });

  it('finds nothing in text with no objects', () => {
    expect(objectsInDamagedJson('banana')).toEqual([]);
    expect(objectsInDamagedJson('')).toEqual([]);
  });
});
