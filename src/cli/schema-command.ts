// `hipaa-hero schema [--report]`: the published JSON Schemas, for editors and for consumers of the report.
import stackSchema from '../stack/stack-schema.generated.json' with { type: 'json' };
import reportSchema from '../report/report-schema.generated.json' with { type: 'json' };
import { EXIT } from './run.js';
import { out } from './io.js';

export function schemaCommand(flags: { report: boolean }): number {
  out(JSON.stringify(flags.report ? reportSchema : stackSchema, null, 2) + '\n');
  return EXIT.ok;
}
