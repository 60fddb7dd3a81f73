// The report model (schemaVersion 1): the JSON contract every output format is rendered from. Its
// parts are defined beside it: result-schema.ts (a result, a checklist row, counts and grades),
// baseline-schema.ts, endpoint-schema.ts, page-schema.ts, history-schema.ts and profile-schema.ts.
import { Type, type Static } from '@sinclair/typebox';
import { BaselineSchema } from './baseline-schema.js';
import { EndpointGradesSchema } from './endpoint-schema.js';
import { HistorySchema } from './history-schema.js';
import { ThirdPartySourceSchema } from './page-schema.js';
import { ProfileSchema } from './profile-schema.js';
import { ChecklistRowSchema, Counts, Grade, ResultSchema, Score, STRICT } from './result-schema.js';

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
        documents: Type.Array(
          Type.Object(
            {
              path: Type.String({ description: 'As written in the stack file, relative to it' }),
              sha256: Type.Unsafe<string | null>({ type: ['string', 'null'], pattern: '^[0-9a-f]{64}$', description: 'null when missing or unreadable' }),
            },
            STRICT,
          ),
          { description: 'Every evidence document the audit read (BAAs, policies, plans, attestation evidence), with its SHA-256' },
        ),
      },
      STRICT,
    ),
    profile: Type.Optional(ProfileSchema),
    disclaimer: Type.Optional(Type.String({ description: 'What the report is and is not; every human format prints it near the top' })),
    applicability: Type.Object(
      {
        coveredEntity: Type.Unsafe<'yes' | 'no' | 'unsure'>({ type: 'string', enum: ['yes', 'no', 'unsure'] }),
        statement: Type.Unsafe<string | null>({
          type: ['string', 'null'],
          description: 'What the report says first when the practice may not be a covered entity; null when it is one',
        }),
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
    checklist: Type.Optional(
      Type.Array(ChecklistRowSchema, { description: 'Every item of the HIPAA catalog, with the status of what covers it (audits only)' }),
    ),
    baseline: Type.Optional(BaselineSchema),
    endpoints: Type.Optional(Type.Array(EndpointGradesSchema, { description: 'Grades of each endpoint; absent when nothing was probed' })),
    thirdPartySource: Type.Optional(ThirdPartySourceSchema),
    hints: Type.Optional(
      Type.Array(
        Type.Object(
          {
            subject: Type.String({ description: 'The vendor as the stack file names it' }),
            vendor: Type.String({ description: 'The vendor as hipaa-hero\'s vendor file names it' }),
            baa: Type.String({ description: 'What is publicly known of its BAA stance: signs, signs-on-some-plans, does-not-sign, not-a-business-associate-for-payments or unclear' }),
            text: Type.String(),
            source: Type.Array(Type.String()),
            checked: Type.String({ description: 'When the sources were checked (YYYY-MM-DD)' }),
          },
          STRICT,
        ),
        { description: 'What is publicly known about vendors the stack names: hints, never verdicts; absent when there are none' },
      ),
    ),
    history: Type.Optional(HistorySchema),
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
export type Baseline = Static<typeof BaselineSchema>;
export type ChecklistRow = Static<typeof ChecklistRowSchema>;
export type ReportEndpoint = Static<typeof EndpointGradesSchema>;
export type { PageSummary, PageThirdParty } from './page-schema.js';
