// The JSON reporter: the report model as it is, keys in a fixed order, one line (reports of large
// practices run to tens of megabytes; `jq .` pretty-prints one for reading).
import type { Report } from './schema.js';

export const renderJson = (report: Report): string => JSON.stringify(report) + '\n';
