// The report's `profile`: present when the run measured the practice against more than the rules in
// force (--profile proposed-2025), with what the proposal is and its status on the day it was checked.
import { Type, type Static } from '@sinclair/typebox';

const STRICT = { additionalProperties: false } as const;

export const ProfileSchema = Type.Object(
  {
    id: Type.String({ description: 'The profile given with --profile, e.g. proposed-2025' }),
    title: Type.String(),
    proposal: Type.Object(
      {
        title: Type.String(),
        citation: Type.String({ description: 'Where the Federal Register published it, e.g. 90 FR 898' }),
        published: Type.String({ format: 'date' }),
        rin: Type.String(),
        status: Type.String({ description: 'What hipaa-hero could confirm about its status' }),
        checked: Type.String({ format: 'date', description: 'The day that status was last checked' }),
      },
      STRICT,
    ),
    notice: Type.String({ description: 'The sentence every human format prints under its title' }),
  },
  { ...STRICT, description: "The audit profile, when it adds a proposed rule's checks (not law) to the rules in force; absent for the rules in force alone" },
);

export type ReportProfile = Static<typeof ProfileSchema>;
