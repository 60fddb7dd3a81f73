// Finding the installed Chromium (or Chrome) that prints the PDF report: an explicit path, the PATH, then known places.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

/** Names tried on the PATH, in order: Debian's package, Ubuntu's and older distributions', then Google Chrome. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Where a browser lives when it is not on the PATH (macOS app bundles are never on it). */
const KNOWN_PLACES = [
  '/usr/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `explicit` (from --chromium) when given — and only it, so a wrong path
 * is reported rather than silently replaced by another browser — else the first of
 * {@link CHROMIUM_NAMES} on the PATH, else a known install location. Undefined when there is none.
 */
export async function findChromium(explicit?: string): Promise<string | undefined> {
  if (explicit !== undefined) return (await isExecutableFile(explicit)) ? path.resolve(explicit) : undefined;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const candidate = path.join(dir, name + suffix);
        if (await isExecutableFile(candidate)) return candidate;
      }
    }
  }
  for (const place of KNOWN_PLACES) {
    if (await isExecutableFile(place)) return place;
  }
  return undefined;
}
