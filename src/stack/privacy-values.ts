// The fixed lists the Privacy Rule sections of the stack file are written in (privacy-schema.ts
// builds the schema from them). Apart from the schema so that the checks and words reading them
// do not load the schema library.

/** USPS codes of the 50 states, the District of Columbia and Puerto Rico. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

/**
 * What a valid authorization says (45 CFR 164.508(c)(1) core elements, (c)(2) required statements),
 * and, when a third party pays for the marketing or the disclosure, that remuneration is involved
 * (164.508(a)(3)(ii), 164.508(a)(4)).
 */
export const AUTHORIZATION_ELEMENTS = [
  'description', // (c)(1)(i) what information is used or disclosed, specifically
  'who_discloses', // (c)(1)(ii) who may use or disclose it
  'recipients', // (c)(1)(iii) to whom
  'purpose', // (c)(1)(iv) for what purpose
  'expiration', // (c)(1)(v) an expiration date or event
  'signature_date', // (c)(1)(vi) the patient's signature and date
  'revocation', // (c)(2)(i) the right to revoke in writing, and how
  'conditioning', // (c)(2)(ii) treatment is not conditioned on signing
  'redisclosure', // (c)(2)(iii) the information may be redisclosed and no longer protected
  'remuneration', // (a)(3)(ii), (a)(4): that the practice is paid for it, when it is
] as const;
export type AuthorizationElement = (typeof AUTHORIZATION_ELEMENTS)[number];
/** The elements every authorization needs, whoever pays. */
export const CORE_AUTHORIZATION_ELEMENTS: readonly AuthorizationElement[] = AUTHORIZATION_ELEMENTS.filter((e) => e !== 'remuneration');

export const REVIEW_REPLIES = ['none', 'generic', 'personal'] as const;
