import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it were the file at `filePath`, with the project's own config. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

// The reader's layers (eslint.config.js readerLayers): shared -> features -> app, none across features.
// The first lint loads the config and the TypeScript resolver: seconds on a busy machine.
describe('lint keeps features as leaves', { timeout: 120_000 }, () => {
  it('fails on a feature importing another feature', async () => {
    const messages = await lintAs('src/features/search/new-hit.tsx', "export { SaveButton } from '../saved/save-button';\n");
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature never imports another/)]);
  });

  it('fails on a feature importing another through the @/ alias', async () => {
    const messages = await lintAs('src/features/saved/new-part.ts', "export { FilterPanel } from '@/features/filters/filter-panel';\n");
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it('fails on a feature importing the app, and on a shared layer importing a feature', async () => {
    expect(await lintAs('src/features/filters/new-part.ts', "export { listRoute } from '@/app/routes/list-route';\n")).toEqual([
      expect.stringMatching(/Features never import the app/),
    ]);
    expect(await lintAs('src/data/new-part.ts', "export { SaveButton } from '@/features/saved/save-button';\n")).toEqual([
      expect.stringMatching(/shared layers .* never import features/),
    ]);
  });

  it('lets a feature import its own files and the shared layers, and the app import features', async () => {
    const shared =
      "export { SaveButton } from './save-button';\nexport { paths } from '@/ui/paths';\nexport { dataFiles } from '@/data/data-files';\n";
    expect(await lintAs('src/features/saved/new-part.ts', shared)).toEqual([]);
    expect(await lintAs('src/app/routes/new-page.ts', "export { SaveButton } from '@/features/saved/save-button';\n")).toEqual([]);
  });
});
