// The report's optional `history`: the practice's score over time, from the history database
// (audit --history). Absent from reports of runs without one, which stay byte for byte as before.
import { Type, type Static } from '@sinclair/typebox';
import { MAX_EARLIER_RUNS } from './history-limits.js';

export { MAX_EARLIER_RUNS } from './history-limits.js';

export const HistorySchema = Type.Array(
  Type.Object(
    {
      date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "The run's audit date (YYYY-MM-DD)" }),
      score: Type.Number({ minimum: 0, maximum: 100 }),
      grade: Type.Unsafe<'A' | 'B' | 'C' | 'D' | 'F'>({ type: 'string', enum: ['A', 'B', 'C', 'D', 'F'] }),
    },
    { additionalProperties: false },
  ),
  {
    minItems: 1,
    maxItems: MAX_EARLIER_RUNS + 1,
    description: `The practice's score over time: its earlier runs recorded in the --history database (at most ${MAX_EARLIER_RUNS}), oldest first, then this run; absent when the audit was given no history`,
  },
);

export type ReportHistory = Static<typeof HistorySchema>;
export type HistoryPoint = ReportHistory[number];
