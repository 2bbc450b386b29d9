import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

const DISABLE_FEATURES = '--disable-features=';

/**
 * Launches Chromium with `args` and with `disabledFeatures` turned off besides those Playwright turns off.
 * Chromium reads only the last --disable-features switch and Playwright passes its own list before ours,
 * so a switch of ours alone would undo Playwright's (its list keeps Chromium from calling home, among
 * others). Playwright does not export that list, so it is read from a first launch's command line, which
 * costs about a second once per run.
 */
export async function launchChromium(args: string[], disabledFeatures: string[]): Promise<BrowserServer> {
  const probe = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args });
  const playwrights = probe.process().spawnargs.find((arg) => arg.startsWith(DISABLE_FEATURES));
  await probe.close();
  const features = new Set([...(playwrights?.slice(DISABLE_FEATURES.length).split(',') ?? []), ...disabledFeatures]);
  return chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: [...args, `${DISABLE_FEATURES}${[...features].filter(Boolean).join(',')}`],
    ignoreDefaultArgs: playwrights ? [playwrights] : [],
  });
}
