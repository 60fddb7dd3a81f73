// `hipaa-hero render <report.json>`: renders a saved report again — other formats, another cover —
// without re-running anything (a consultant re-brands without re-probing).
import { readReportFile } from '../report/read.js';
import { GIVE_A_REPORT, refuseDirectories } from './io.js';
import { prepareOutputs, writeOutputs, type OutputFlags } from './outputs.js';
import { EXIT } from './run.js';

export async function renderCommand(file: string, flags: OutputFlags): Promise<number> {
  await refuseDirectories([[file, GIVE_A_REPORT]]);
  // The saved report is an input: no output may replace it (`render r.json --report json=r.json`).
  const prepared = await prepareOutputs(flags, [{ path: file, what: 'the saved report' }]);
  const { report } = await readReportFile(file);
  await writeOutputs(report, prepared);
  return EXIT.ok;
}
