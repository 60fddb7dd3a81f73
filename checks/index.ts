// The built-in checks: one explicit list, sorted by id. Adding a check means adding a file under
// checks/<area>/ and a line here; nothing in src/ changes.
import type { Check } from '../src/index.js';
import vendorsBaaSigned from './vendors/baa-signed.js';

export const builtinChecks: readonly Check[] = [
  vendorsBaaSigned,
];
