// Audit profiles: which rules a run measures the practice against. `current` is the law in force and
// the default; `proposed-2025` adds the checks of the January 2025 proposed Security Rule (not law),
// marked as proposed in every format and left out of the overall score and the HIPAA checklist.
import type { CheckMeta } from './check.js';

export const PROFILE_IDS = ['current', 'proposed-2025'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export const DEFAULT_PROFILE: ProfileId = 'current';

export interface ProposalStatus {
  /** The proposal, as the Federal Register published it. */
  title: string;
  citation: string;
  published: string;
  rin: string;
  /** What we could confirm about its status, and on which day we last looked. */
  status: string;
  checked: string;
}

export interface Profile {
  id: ProfileId;
  title: string;
  /** Set on a profile that measures against a proposal: what it is and where it stands. */
  proposal?: ProposalStatus;
}

/**
 * The January 2025 Security Rule NPRM. Its status is re-checked by hand: update `status` and
 * `checked` (and docs/legal-basis.md, via `npm run legal-basis`) whenever it changes.
 */
export const PROPOSED_2025: ProposalStatus = {
  title: 'HIPAA Security Rule To Strengthen the Cybersecurity of Electronic Protected Health Information (notice of proposed rulemaking)',
  citation: '90 FR 898',
  published: '2025-01-06',
  rin: '0945-AA22',
  status:
    'a proposal, not law: the comment period closed on 2025-03-07; the latest reports we could find (June 2026) say no final rule had been ' +
    'published and the proposal had not been withdrawn. It may still change, be finalized or be withdrawn',
  checked: '2026-12-03',
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  current: { id: 'current', title: 'The HIPAA rules in force' },
  'proposed-2025': {
    id: 'proposed-2025',
    title: 'The rules in force, plus the January 2025 proposed Security Rule changes (not law)',
    proposal: PROPOSED_2025,
  },
};

export const isProfileId = (value: unknown): value is ProfileId => typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);

/** Whether a check runs under the profile: a proposal's checks only under a proposal's profile. */
export const inProfile = (meta: Pick<CheckMeta, 'obligation'>, profile: ProfileId): boolean =>
  meta.obligation !== 'proposed' || PROFILES[profile].proposal !== undefined;

/** One sentence a human report prints under its title when the profile measures against a proposal. */
export function profileNotice(profile: Profile): string | null {
  const p = profile.proposal;
  if (!p) return null;
  return (
    `Profile ${profile.id}: this report also measures the practice against the proposed HIPAA Security Rule changes ` +
    `(${p.citation}, published ${p.published}, RIN ${p.rin}). Status checked ${p.checked}: ${p.status}. ` +
    'Results marked "Proposed rule (not law)" are not HIPAA requirements; they are scored in their own area and left out of the overall score and the HIPAA checklist, and they can fail the gate like any other result.'
  );
}
