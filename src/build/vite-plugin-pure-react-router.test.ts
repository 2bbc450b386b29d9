import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutUnusedComponents } from './vite-plugin-pure-react-router';

describe('withoutUnusedComponents', () => {
  it('marks top-level forwardRef components pure and leaves out their display names', () => {
    const code = [
      'var NavLink = React10.forwardRef(',
      '  function NavLinkWithRef() {}',
      ');',
      'NavLink.displayName = "NavLink";',
      'use(NavLink);',
      '',
    ].join('\n');
    expect(withoutUnusedComponents(code)).toBe(
      ['var NavLink = /* @__PURE__ */ React10.forwardRef(', '  function NavLinkWithRef() {}', ');', 'use(NavLink);', ''].join('\n'),
    );
  });

  it('finds the components in the react-router build the reader is built with', () => {
    const require = createRequire(import.meta.url);
    const folder = join(dirname(require.resolve('react-router/package.json')), 'dist', 'production');
    const index = readFileSync(join(folder, 'index.mjs'), 'utf8');
    const chunks = [...index.matchAll(/from "\.\/(chunk-[\w-]+\.mjs)"/g)].map((match) => match[1]!);
    const code = chunks.map((chunk) => readFileSync(join(folder, chunk), 'utf8')).join('\n');
    const changed = withoutUnusedComponents(code);
    // Link, NavLink and Form: if the library's layout changes, this fails rather than silently growing the bundle.
    expect(changed.match(/\/\* @__PURE__ \*\/ React\d*\.forwardRef\(/g)?.length).toBeGreaterThanOrEqual(3);
    expect(changed).not.toMatch(/^NavLink\.displayName/m);
  });
});
