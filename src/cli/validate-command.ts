// `hipaa-hero validate <file>`: the stack file is valid (exit 0) or every problem is listed (exit 2).
import { loadChecks, stackLoadOptions } from '../load-checks.js';
import { loadStack } from '../stack/load.js';
import { EXIT } from './run.js';
import { out } from './io.js';

export async function validateCommand(file: string, flags: { checks: string[] }): Promise<number> {
  const checks = await loadChecks(flags.checks);
  const { stack } = await loadStack(file, stackLoadOptions(checks));
  const count = (n: number | undefined, what: string) => `${n ?? 0} ${what}${n === 1 ? '' : 's'}`;
  out(
    `${file}: valid stack file (format version ${stack.version}) for ${stack.practice.name}: ` +
      [
        count(stack.vendors?.length, 'vendor'),
        count(stack.data_stores?.length, 'data store'),
        count(stack.staff?.length, 'staff account'),
        count(stack.endpoints?.length, 'endpoint'),
        count(Object.keys(stack.attestations ?? {}).length, 'attestation'),
      ].join(', ') +
      '\n',
  );
  return EXIT.ok;
}
