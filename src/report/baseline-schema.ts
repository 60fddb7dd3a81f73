// The report's optional `baseline`: how this audit compares with a previous report (--baseline), by
// score, grade, area and result.
import { Type } from '@sinclair/typebox';
import type { ResultStatus } from '../engine/check.js';
import { Grade, Score, SeveritySchema, Status, STRICT } from './result-schema.js';

const Delta = Type.Object(
  { before: Score, after: Score, delta: Type.Unsafe<number | null>({ type: ['number', 'null'] }) },
  STRICT,
);

export const BaselineSchema = Type.Object(
  {
    path: Type.String({ description: 'The baseline report file as given' }),
    generatedAt: Type.String({ format: 'date-time' }),
    auditDate: Type.String({ format: 'date' }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the baseline report file' }),
    score: Delta,
    grade: Type.Object({ before: Grade, after: Grade }, STRICT),
    areas: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), score: Delta }, STRICT)),
    counts: Type.Object(
      {
        new: Type.Integer({ minimum: 0, description: 'Results whose status is not the baseline\'s' }),
        unchanged: Type.Integer({ minimum: 0 }),
        resolved: Type.Integer({ minimum: 0, description: 'Findings (fail, warn, error) of the baseline that are no longer findings' }),
        newFindings: Type.Integer({ minimum: 0, description: 'New results that are findings (fail, warn, error): what --fail-on-new gates on' }),
      },
      STRICT,
    ),
    resolved: Type.Array(
      Type.Object(
        {
          checkId: Type.String(),
          title: Type.String(),
          severity: SeveritySchema,
          subject: Type.String(),
          was: Status,
          now: Type.Unsafe<ResultStatus | null>({ type: ['string', 'null'], description: 'null when the result is gone' }),
        },
        STRICT,
      ),
    ),
  },
  { ...STRICT, description: 'The comparison with a previous report (--baseline); absent without one' },
);
