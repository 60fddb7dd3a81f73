// Holds a --facts file to the shape --save-facts writes (facts-schema.ts) before any check reads it:
// a wrong type, a missing field or an unknown one is refused with the JSON Pointer of the field and
// the line it is on, never read as if it were a fact.
//
// A file is first put to a validator compiled from the schema at build time (scripts/build.mjs),
// which only answers "valid?": the common case then loads neither the schema library nor the YAML
// parser that locates a field. A file it refuses goes to the detailed check (facts-check.ts), which
// names each problem, and whose verdict stands.
import isValidFactsShape from './validate-facts-lean.generated.js';
import type { FactsFile } from './facts-schema.js';

/** `data` (parsed from `text`, read from `file`) as facts, or an InputError naming every bad field. */
export async function validateFactsFile(file: string, text: string, data: unknown): Promise<FactsFile> {
  if (isValidFactsShape(data) && filedUnderOwnUrls(data as FactsFile)) return data as FactsFile;
  const { checkFactsFile } = await import('./facts-check.js');
  return checkFactsFile(file, text, data);
}

/** What the schema cannot say: each endpoint is filed under its own URL. */
const filedUnderOwnUrls = (file: FactsFile): boolean => Object.entries(file.endpoints).every(([url, facts]) => facts.url === url);
