// Writes docs/legal-basis.md from the built-in checks and attestation items: `npm run legal-basis`.
import { writeFileSync } from 'node:fs';
import { attestationChecks, builtinChecks } from '../checks/index.js';
import { renderLegalBasis } from './legal-basis-table.js';

writeFileSync('docs/legal-basis.md', renderLegalBasis([...builtinChecks, ...attestationChecks].map((c) => c.meta)));
process.stdout.write('wrote docs/legal-basis.md\n');
