// Saved endpoint facts (--save-facts writes them, --facts replays them with no network): an audit
// can be re-scored later, attached as evidence, or turned into a test fixture.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { VERSION } from '../version.js';
import type { EndpointFacts } from './endpoint-facts.js';

export interface FactsFile {
  schemaVersion: 1;
  tool: { name: 'hipaa-hero'; version: string };
  /** When the probes ran (ISO 8601). */
  probedAt: string;
  endpoints: Record<string, EndpointFacts>;
}

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
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw InputError.at(path, 1, 1, code === 'ENOENT' ? 'no such facts file — check the path, or record one with --save-facts' : `cannot read the facts file (${code ?? 'error'}) — check its permissions`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPosition(text, (err as Error).message);
    throw InputError.at(path, at.line, at.column, `not valid JSON (${(err as Error).message.split('\n')[0]}) — give a file written by --save-facts`);
  }
  const file = data as Partial<FactsFile> | null;
  if (file === null || typeof file !== 'object' || file.schemaVersion !== 1 || typeof file.endpoints !== 'object' || file.endpoints === null) {
    throw InputError.at(path, 1, 1, 'not a hipaa-hero facts file (schemaVersion 1 with an endpoints map) — give a file written by --save-facts');
  }
  for (const [url, facts] of Object.entries(file.endpoints)) {
    if (typeof facts !== 'object' || facts === null || (facts as EndpointFacts).url !== url) {
      throw InputError.at(path, 1, 1, `the facts for '${url}' are not endpoint facts — record the file again with --save-facts`);
    }
  }
  return file as FactsFile;
}

/** The replayed facts for each URL; a URL the file does not cover is recorded as not probed. */
export function replayFacts(file: FactsFile, urls: readonly string[], path: string): Record<string, EndpointFacts> {
  return Object.fromEntries(
    urls.map((url) => {
      const saved = file.endpoints[url];
      if (saved) return [url, saved];
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
