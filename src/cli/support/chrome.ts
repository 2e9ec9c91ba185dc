import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Finds a Chromium to drive; no browser is downloaded. */
export function findChrome(): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium` or set CHROME_PATH to a Chrome binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium off the network: this machine's network is closed. */
export const offlineChromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with the offline flags; `extraArgs` add features. */
export function launchChrome(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: [...offlineChromeFlags, ...extraArgs] });
}
