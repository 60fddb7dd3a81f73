// One result of the report model (schemaVersion 1) and what it is made of: the status, obligation and
// severity words, where in the stack file it points, the attestation and conflicts beside it, and the
// checklist row that sums results up per citation; with the counts and grade words the report shares.
import { Type } from '@sinclair/typebox';
import type { Obligation, ResultStatus, Severity } from '../engine/check.js';

export const STRICT = { additionalProperties: false } as const;
export const Status = Type.Unsafe<ResultStatus>({
  type: 'string',
  enum: ['pass', 'fail', 'warn', 'manual', 'not_applicable', 'error', 'waived', 'alternative', 'not_judged'],
});
const ObligationSchema = Type.Unsafe<Obligation>({
  type: 'string',
  enum: ['required', 'addressable', 'practice', 'state', 'proposed'],
  description:
    'required: the rule demands what is tested; addressable: an addressable specification (implement it, or document why not and what equivalent measure is used, 164.306(d)(3)); practice: good practice or the practice\'s own policy, not a legal requirement; state: a state statute named in basis, not HIPAA; proposed: what a proposed rule named in basis would require, not law (--profile proposed-2025)',
});
export const SeveritySchema = Type.Unsafe<Severity>({
  type: 'string',
  enum: ['critical', 'high', 'medium', 'low'],
});
export const Counts = Type.Object(
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
export const Grade = Type.Unsafe<'A' | 'B' | 'C' | 'D' | 'F'>({ type: 'string', enum: ['A', 'B', 'C', 'D', 'F'] });
export const Score = Type.Unsafe<number | null>({ type: ['number', 'null'], minimum: 0, maximum: 100 });


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

export const ChecklistRowSchema = Type.Object(
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

export const ResultSchema = Type.Object(
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
