/** Chromium's path and flags, for code that cannot go on without it: importing this throws when it is missing. */
import { CHROMIUM_ARGS, CHROMIUM_PATH, missingChromium } from './chromium-options';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

const missing = missingChromium();
if (missing) throw new Error(missing);
