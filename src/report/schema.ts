// The report model (schemaVersion 1): the JSON contract every output format is rendered from.
import { Type, type Static } from '@sinclair/typebox';
import type { ResultStatus, Severity } from '../engine/check.js';

const STRICT = { additionalProperties: false } as const;
const Status = Type.Unsafe<ResultStatus>({
  type: 'string',
  enum: ['pass', 'fail', 'warn', 'manual', 'not_applicable', 'error', 'waived'],
});
const SeveritySchema = Type.Unsafe<Severity>({
  type: 'string',
  enum: ['critical', 'high', 'medium', 'low'],
});
const Counts = Type.Object(
  {
    pass: Type.Integer({ minimum: 0 }),
    fail: Type.Integer({ minimum: 0 }),
    warn: Type.Integer({ minimum: 0 }),
    manual: Type.Integer({ minimum: 0 }),
    not_applicable: Type.Integer({ minimum: 0 }),
    error: Type.Integer({ minimum: 0 }),
    waived: Type.Integer({ minimum: 0 }),
  },
  STRICT,
);
const Grade = Type.Unsafe<'A' | 'B' | 'C' | 'D' | 'F'>({ type: 'string', enum: ['A', 'B', 'C', 'D', 'F'] });
const Score = Type.Unsafe<number | null>({ type: ['number', 'null'], minimum: 0, maximum: 100 });


const Location = Type.Object(
  {
    file: Type.String(),
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    pointer: Type.String({ description: 'JSON Pointer into the stack file' }),
  },
  STRICT,
);

const ResultSchema = Type.Object(
  {
    checkId: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$' }),
    title: Type.String(),
    area: Type.String(),
    severity: SeveritySchema,
    hipaa: Type.Array(Type.String()),
    status: Status,
    subject: Type.String(),
    message: Type.String(),
    remediation: Type.String(),
    location: Type.Union([Location, Type.Null()]),
    evidence: Type.Optional(Type.Unknown()),
    waiver: Type.Optional(
      Type.Object(
        { reason: Type.String(), approvedBy: Type.String(), expires: Type.String({ format: 'date' }) },
        STRICT,
      ),
    ),
  },
  STRICT,
);

const NullableNumber = () => Type.Unsafe<number | null>({ type: ['number', 'null'] });
const NullableLetter = <T extends string>(letters: readonly T[]) =>
  Type.Unsafe<T | null>({ type: ['string', 'null'], enum: [...letters, null] });
const TLS_LETTERS = ['A+', 'A', 'A-', 'B', 'C', 'D', 'E', 'F', 'T', 'M'] as const;
const HEADER_LETTERS = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;
const EndpointGradesSchema = Type.Object(
  {
    url: Type.String(),
    phi: Type.Boolean(),
    error: Type.Optional(Type.String()),
    tls: Type.Object(
      {
        grade: NullableLetter(TLS_LETTERS),
        score: NullableNumber(),
        parts: Type.Object(
          { protocol: NullableNumber(), keyExchange: NullableNumber(), cipher: NullableNumber() },
          STRICT,
        ),
        caps: Type.Array(Type.String()),
        limits: Type.Array(Type.String()),
      },
      { ...STRICT, description: "Following Qualys SSL Labs' SSL Server Rating Guide, as far as the probes can see" },
    ),
    headers: Type.Object(
      {
        grade: NullableLetter(HEADER_LETTERS),
        score: NullableNumber(),
        tests: Type.Array(
          Type.Object({ name: Type.String(), result: Type.String(), modifier: Type.Number(), description: Type.String() }, STRICT),
        ),
        limits: Type.Array(Type.String()),
      },
      { ...STRICT, description: "Following MDN HTTP Observatory's published scoring" },
    ),
  },
  STRICT,
);

export const ReportSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    tool: Type.Object({ name: Type.Literal('hipaa-hero'), version: Type.String() }, STRICT),
    generatedAt: Type.String({ format: 'date-time' }),
    auditDate: Type.String({ format: 'date', description: 'The day the audit judged dates against (--now)' }),
    stack: Type.Object(
      {
        path: Type.String(),
        sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
        practice: Type.String(),
      },
      STRICT,
    ),
    score: Type.Object(
      {
        value: Type.Number({ minimum: 0, maximum: 100 }),
        grade: Grade,
        uncappedGrade: Grade,
        capped: Type.Boolean(),
        formula: Type.String(),
        weights: Type.Object(
          { critical: Type.Number(), high: Type.Number(), medium: Type.Number(), low: Type.Number() },
          STRICT,
        ),
        scoringVersion: Type.Integer({ minimum: 1 }),
      },
      STRICT,
    ),
    areas: Type.Array(
      Type.Object(
        { id: Type.String(), title: Type.String(), score: Score, counts: Counts },
        STRICT,
      ),
    ),
    counts: Counts,
    gate: Type.Object(
      { passed: Type.Boolean(), failOn: Type.String(), failUnder: Type.Union([Type.Number(), Type.Null()]), reasons: Type.Array(Type.String()) },
      STRICT,
    ),
    results: Type.Array(ResultSchema),
    endpoints: Type.Optional(Type.Array(EndpointGradesSchema, { description: 'Grades of each endpoint; absent when nothing was probed' })),
  },
  {
    ...STRICT,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:hipaa-hero:schema:report:1',
    title: 'hipaa-hero audit report, schemaVersion 1',
  },
);

export type Report = Static<typeof ReportSchema>;
export type Result = Static<typeof ResultSchema>;
export type Counts = Static<typeof Counts>;
export type AreaScore = Report['areas'][number];
export type ReportEndpoint = Static<typeof EndpointGradesSchema>;
