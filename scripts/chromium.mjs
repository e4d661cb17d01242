// Where Debian's Chromium is and how to start it here (Playwright cannot download browsers on this
// machine). Shared by the Vitest browser projects, the benchmark and the screenshot script.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** CHROMIUM_PATH, else /usr/bin/chromium; throws a one-line instruction when neither exists. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: run "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}
