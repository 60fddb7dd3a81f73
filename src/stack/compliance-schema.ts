// The compliance program sections of the stack file (format version 1): written policies, training,
// audits and the practice's schedule for periodic work, incident response, and the waivers and
// attestations people write beside the automated checks.
import { Type, type Static } from '@sinclair/typebox';
import { Day, DocumentPath, literalUnion, Months, Name, NullableDay, STRICT } from './schema-parts.js';

export const REVIEW_FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annually',
  'never',
] as const;
export const ATTESTATION_ANSWERS = ['yes', 'no', 'partial', 'not_applicable', 'alternative'] as const;

export const Policy = Type.Object(
  {
    name: Name('Policy name; unique'),
    covers: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Topics, e.g. use, disclosure, patient-consent, breach-notification',
    }),
    adopted: Type.Optional(Day('Date adopted')),
    reviewed: Type.Optional(Day('Date last reviewed')),
    document: Type.Optional(DocumentPath('The written policy')),
  },
  STRICT,
);

export const Training = Type.Object(
  {
    interval_months: Type.Optional(Months('How often every staff member is retrained (default 12); `schedule.training_months` takes precedence')),
    topics: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'e.g. passwords, phishing' })),
  },
  STRICT,
);

export const Audits = Type.Object(
  {
    risk_analysis: Type.Optional(NullableDay('Date of the last security risk analysis')),
    last_audit: Type.Optional(NullableDay('Date of the last periodic evaluation (audit)')),
    interval_months: Type.Optional(
      Months('Interval for risk analysis and evaluation (default 12); `schedule.risk_analysis_months` and `schedule.evaluation_months` take precedence'),
    ),
    activity_review: Type.Optional(
      literalUnion(REVIEW_FREQUENCIES, 'How often audit logs and access reports are reviewed'),
    ),
    vulnerability_scan: Type.Optional(NullableDay('Date of the last vulnerability scan of the systems that hold ePHI')),
    penetration_test: Type.Optional(NullableDay('Date of the last penetration test')),
    compliance_audit: Type.Optional(NullableDay('Date of the last audit of compliance with the Security Rule')),
  },
  STRICT,
);

/** Review frequencies a practice may set as its policy ('never' is not a policy). */
export const POLICY_REVIEW_FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annually'] as const;

export const Schedule = Type.Object(
  {
    risk_analysis_months: Type.Optional(Months('How often the risk analysis is repeated (default 12)')),
    evaluation_months: Type.Optional(Months('How often the periodic evaluation is done (default 12)')),
    training_months: Type.Optional(Months('How often every staff member is retrained (default 12)')),
    policy_review_months: Type.Optional(Months('How often each written policy is reviewed (default 12)')),
    restore_test_months: Type.Optional(Months('How often each backup of PHI is test-restored (default 12)')),
    drill_months: Type.Optional(Months('How often an incident response drill or tabletop is held (default 12)')),
    activity_review: Type.Optional(
      literalUnion(POLICY_REVIEW_FREQUENCIES, 'How often audit logs and access reports must be reviewed at least (default monthly)'),
    ),
  },
  {
    ...STRICT,
    description:
      'The practice\'s own policy for periodic work. HIPAA says "periodic", "regularly" or "as needed" and fixes no interval; without an entry here, hipaa-hero\'s default applies and the report says it is a default.',
  },
);

export const IncidentResponse = Type.Object(
  {
    plan: Type.Optional(DocumentPath('The written incident response plan')),
    breach_notification_days: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 3650, description: 'Days within which affected patients are told' }),
    ),
    last_drill: Type.Optional(NullableDay('Date of the last incident response drill or tabletop')),
  },
  STRICT,
);

export const Waiver = Type.Object(
  {
    check: Name('A check id, as listed by `hipaa-hero checks`'),
    subject: Name('The subject the finding is about, as printed in the report'),
    reason: Name('Why the risk is accepted for now'),
    approved_by: Name('Who accepted it'),
    expires: Day('The day the waiver stops applying'),
  },
  STRICT,
);

export const Attestation = Type.Object(
  {
    answer: literalUnion(
      ATTESTATION_ANSWERS,
      'yes, no, partial, not_applicable, or (addressable specifications only) alternative: an equivalent measure, described in `note`',
    ),
    by: Name('Who attests (name and role; staff only, no PHI)'),
    date: Day('The day of the attestation'),
    evidence: Type.Optional(DocumentPath('A document that supports the answer; hashed into the report')),
    note: Type.Optional(Type.String({ description: 'Context; required for `alternative` (the equivalent measure)' })),
  },
  STRICT,
);

export type Policy = Static<typeof Policy>;
export type Waiver = Static<typeof Waiver>;
export type Schedule = Static<typeof Schedule>;
export type Attestation = Static<typeof Attestation>;
