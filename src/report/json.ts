// The JSON reporter: the report model as it is, two-space indented, keys in a fixed order.
import type { Report } from './schema.js';

export const renderJson = (report: Report): string => JSON.stringify(report, null, 2) + '\n';
