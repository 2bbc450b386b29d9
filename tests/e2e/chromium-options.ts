import { existsSync } from 'node:fs';

/** Debian's chromium package: `npx playwright install` cannot download browsers on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps calling home, which this network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Why Chromium cannot be started here, in one line, or undefined when it can. Read without throwing, so
 * the test config still runs the unit and component tests on a machine without a browser, and a script
 * can answer --help first.
 */
export function missingChromium(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`;
}
