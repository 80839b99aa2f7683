// Finds the system browsers the element tests run in. Never downloads one.
import { existsSync } from 'node:fs';

export const engines = {
  chromium: {
    env: 'CHROME_PATH',
    path: process.env.CHROME_PATH || '/usr/bin/chromium',
    install: 'apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    install: 'apt-get install -y firefox-esr',
  },
};

/** The engines to run: OMF_BROWSERS=chromium,firefox (default both). */
export function selectedEngines() {
  const names = (process.env.OMF_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!(name in engines)) throw new Error(`OMF_BROWSERS: unknown engine "${name}" (use chromium, firefox or both)`);
  }
  return names;
}

/** One line per missing browser, saying how to install it or point at it. */
export function missingBrowsers(names = selectedEngines()) {
  return names
    .filter((name) => !existsSync(engines[name].path))
    .map((name) => {
      const e = engines[name];
      return `${name} not found at ${e.path}: install it with \`${e.install}\` (Debian), set ${e.env} to its path, or run one engine with OMF_BROWSERS=${name === 'chromium' ? 'firefox' : 'chromium'}`;
    });
}
