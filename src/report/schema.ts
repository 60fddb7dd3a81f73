// The report model (schemaVersion 1): the JSON contract every output format is rendered from.
import { Type, type Static } from '@sinclair/typebox';
import type { Obligation, ResultStatus, Severity } from '../engine/check.js';
import { PageSummarySchema, ThirdPartySourceSchema } from './page-schema.js';
import { HistorySchema } from './history-schema.js';
import { ProfileSchema } from './profile-schema.js';

const STRICT = { additionalProperties: false } as const;
const Status = Type.Unsafe<ResultStatus>({
  type: 'string',
  enum: ['pass', 'fail', 'warn', 'manual', 'not_applicable', 'error', 'waived', 'alternative', 'not_judged'],
});
const ObligationSchema = Type.Unsafe<Obligation>({
  type: 'string',
  enum: ['required', 'addressable', 'practice', 'state', 'proposed'],
  description:
    'required: the rule demands what is tested; addressable: an addressable specification (implement it, or document why not and what equivalent measure is used, 164.306(d)(3)); practice: good practice or the practice\'s own policy, not a legal requirement; state: a state statute named in basis, not HIPAA; proposed: what a proposed rule named in basis would require, not law (--profile proposed-2025)',
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
    alternative: Type.Optional(Type.Integer({ minimum: 0, description: 'Absent in reports written before 0.2' })),
    not_judged: Type.Optional(Type.Integer({ minimum: 0, description: 'Absent in reports written before scoring version 3' })),
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

const AttestationSchema = Type.Object(
  {
    key: Type.String({ description: 'The key under `attestations:`: a citation or a check id' }),
    answer: Type.Unsafe<'yes' | 'no' | 'partial' | 'not_applicable' | 'alternative'>({
      type: 'string',
      enum: ['yes', 'no', 'partial', 'not_applicable', 'alternative'],
    }),
    by: Type.String(),
    date: Type.String({ format: 'date' }),
    evidence: Type.Optional(
      Type.Object(
        {
          path: Type.String(),
          sha256: Type.Unsafe<string | null>({ type: ['string', 'null'], pattern: '^[0-9a-f]{64}$', description: 'null when the file was not found' }),
        },
        STRICT,
      ),
    ),
    note: Type.Optional(Type.String()),
    stale: Type.Boolean({ description: 'Older than 12 months on the audit day' }),
  },
  { ...STRICT, description: "A person's answer for this item or check" },
);

const ConflictSchema = Type.Array(
  Type.Object({ checkId: Type.String(), subject: Type.String(), status: Type.Literal('fail') }, STRICT),
  { description: 'Automated failures that contradict an attestation of yes: automated evidence wins' },
);

const ChecklistRowSchema = Type.Object(
  {
    citation: Type.String(),
    title: Type.String(),
    rule: Type.Unsafe<'security' | 'privacy' | 'breach-notification'>({ type: 'string', enum: ['security', 'privacy', 'breach-notification'] }),
    kind: Type.Unsafe<'standard' | 'implementation-spec'>({ type: 'string', enum: ['standard', 'implementation-spec'] }),
    required: Type.Boolean({ description: 'false for addressable implementation specifications' }),
    coveredBy: Type.Unsafe<'automated' | 'attestation' | 'both' | 'none'>({ type: 'string', enum: ['automated', 'attestation', 'both', 'none'] }),
    status: Status,
    checks: Type.Array(Type.String(), { description: 'Ids of every check and attestation item that cites it' }),
    decidedBy: Type.Optional(
      Type.Unsafe<'automated' | 'attestation' | 'alternative' | 'none'>({
        type: 'string',
        enum: ['automated', 'attestation', 'alternative', 'none'],
        description:
          "What produced the status: automated checks, a person's attestation, a documented alternative to an addressable specification, or nothing (no result)",
      }),
    ),
    practice: Type.Optional(
      Type.Array(Type.String(), { description: 'Good-practice checks that support this item; their results do not set its status' }),
    ),
  },
  STRICT,
);

const ResultSchema = Type.Object(
  {
    checkId: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$' }),
    kind: Type.Unsafe<'automated' | 'attestation'>({
      type: 'string',
      enum: ['automated', 'attestation'],
      description: 'attestation: an item a person answers in the stack file; automated: proved from the file or the probes',
    }),
    title: Type.String(),
    area: Type.String(),
    severity: SeveritySchema,
    hipaa: Type.Array(Type.String()),
    obligation: Type.Optional(ObligationSchema),
    basis: Type.Optional(Type.String({ description: "The source of the check's claim: the rule's words, or whose guidance it is" })),
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
    attestation: Type.Optional(AttestationSchema),
    conflict: Type.Optional(ConflictSchema),
    change: Type.Optional(
      Type.Unsafe<'new' | 'unchanged'>({
        type: 'string',
        enum: ['new', 'unchanged'],
        description: 'Against the baseline (--baseline), matched on checkId + subject: new when the status differs from the baseline\'s (or it had none), unchanged when it is the same',
      }),
    ),
  },
  STRICT,
);

const Delta = Type.Object(
  { before: Score, after: Score, delta: Type.Unsafe<number | null>({ type: ['number', 'null'] }) },
  STRICT,
);

const BaselineSchema = Type.Object(
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
    placeholder: Type.Optional(Type.String({ description: 'Why it was not probed: its address is a placeholder (a reserved name)' })),
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
    page: Type.Optional(PageSummarySchema),
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
