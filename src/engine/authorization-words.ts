// What a marketing authorization says, in the words a privacy officer reads, and which of the
// elements every valid authorization needs (45 CFR 164.508(c)) a form lacks. Shared by the checks
// that judge patient photos and stories in marketing and manufacturer programs.
import { CORE_AUTHORIZATION_ELEMENTS, type AuthorizationElement } from '../stack/privacy-values.js';

/** Each element of a valid authorization, in the words a privacy officer reads. */
export const ELEMENT_WORDS: Record<AuthorizationElement, string> = {
  description: 'a specific description of the information used (which photos, which story, which details)',
  who_discloses: 'who may use or disclose it',
  recipients: 'to whom it is disclosed (for a post: the public, and where)',
  purpose: 'the purpose of each use',
  expiration: 'an expiration date or event',
  signature_date: "the patient's signature and date",
  revocation: 'the right to revoke it in writing, and how',
  conditioning: 'a statement that care does not depend on signing',
  redisclosure: 'a statement that the information, once disclosed, may be passed on by whoever receives it and is then no longer protected',
  remuneration: 'a statement that the practice is paid for it',
};

/** The core elements and required statements (164.508(c)(1)-(2)) that `elements` does not list. */
export const missingCoreElements = (elements: readonly string[]): AuthorizationElement[] =>
  CORE_AUTHORIZATION_ELEMENTS.filter((e) => !elements.includes(e));

