// The browser tests need Debian's chromium. A missing browser fails them with a line saying how to
// install it, never a silent skip: a suite that quietly skips its browser tests proves nothing.
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** `path` when it exists; otherwise an error that says what to run. */
export function requireChromium(path: string = CHROMIUM): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing, and the browser tests need it. Run .ci/install-browser (as root or with sudo) to install Debian's chromium; .ci/run does this before npm test.`);
  }
  return path;
}
