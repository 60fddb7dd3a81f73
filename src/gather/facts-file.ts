// Saved endpoint facts (--save-facts writes them, --facts replays them with no network): an audit
// can be re-scored later, attached as evidence, or turned into a test fixture.
import { MiB, readRegularFile } from '../fs-safe.js';
import { InputError } from '../errors.js';
import { VERSION } from '../version.js';
import type { EndpointFacts } from './endpoint-facts.js';
import type { FactsFile } from './facts-schema.js';
import { validateFactsFile } from './facts-validate.js';
import { markUnreached } from './reach.js';
import { redactDeep, redactUnparsed, redactUrl } from '../redact.js';

export type { FactsFile } from './facts-schema.js';

export function renderFactsFile(endpoints: Record<string, EndpointFacts>, probedAt: Date): string {
  const file: FactsFile = { schemaVersion: 1, tool: { name: 'hipaa-hero', version: VERSION }, probedAt: probedAt.toISOString(), endpoints };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Where in `text` a JSON.parse error message's "position N" is, as line and column. */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message);
  if (!m) return { line: 1, column: 1 };
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export async function readFactsFile(path: string): Promise<FactsFile> {
  let text: string;
  try {
    text = (await readRegularFile(path, 64 * MiB)).toString('utf8'); // regular files only, at most 64 MiB: a FIFO is never opened
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw InputError.at(path, 0, 0, code === 'ENOENT' ? 'no such facts file — check the path, or record one with --save-facts' : `cannot read the facts file (${code ?? 'error'}) — check its permissions`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPosition(text, (err as Error).message);
    // The parser quotes the text near the error, which may be a URL with a password in it.
    const reason = redactUnparsed((err as Error).message.split('\n')[0] ?? '');
    throw InputError.at(path, at.line, at.column, `not valid JSON (${reason}) — give a file written by --save-facts`);
  }
  // Credentials in a URL never reach a check or a report, even from a file written by hand.
  return redactDeep(await validateFactsFile(path, text, data));
}

/**
 * The replayed facts for each URL (keyed, like probed facts, with credentials masked); a URL the
 * file does not cover is recorded as not probed.
 */
export function replayFacts(file: FactsFile, given: readonly string[], path: string): Record<string, EndpointFacts> {
  const urls = [...new Set(given.map(redactUrl))];
  return Object.fromEntries(
    urls.map((url) => {
      const saved = Object.hasOwn(file.endpoints, url) ? file.endpoints[url] : undefined;
      // Facts saved before unreachable endpoints were marked are marked now, as a live probe would be.
      if (saved) return [url, markUnreached(saved)];
      let host = '';
      let port = 0;
      try {
        const u = new URL(url);
        host = u.hostname;
        port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
      } catch {
        /* the stack loader has already refused URLs that do not parse */
      }
      return [url, { url, host, port, error: `not in the facts file ${path}` }];
    }),
  );
}
