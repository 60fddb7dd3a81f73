// The attestation item contract: a checklist question that a person answers in the stack file's
// `attestations:` section, for a safeguard that no file or probe can prove (a locked server room,
// a media disposal log, a sanction policy).
import type { AreaId } from './areas.js';
import type { Obligation, Severity } from './check.js';

export interface AttestationItem {
  /** `<area>.<name>`, kebab-case, stable; shares the namespace of check ids. */
  id: string;
  /** The one catalog citation this item attests, e.g. `164.310(a)(2)(ii)`; also its key in `attestations:`. */
  citation: string;
  /** What is true when the answer is yes, as a statement, e.g. 'A written facility security plan protects the premises'. */
  title: string;
  area: AreaId;
  severity: Severity;
  /**
   * `required` for a standard or a required implementation specification, `addressable` for an
   * addressable one: the catalog's word, declared here so that the item says it where it is read.
   */
  obligation: Exclude<Obligation, 'practice' | 'state' | 'proposed'>;
  /** The question, answerable yes / no / partial, naming what counts as yes. */
  question: string;
  /** Plain language for a privacy officer: what the rule asks and what a small practice usually does. */
  explain: string;
  /** Why it matters, one or two sentences. */
  rationale: string;
  /** What to do when the answer is no or partial, concrete. */
  remediation: string;
}

/** Typed identity, like defineCheck. */
export function defineAttestationItems(items: readonly AttestationItem[]): readonly AttestationItem[] {
  return items;
}
