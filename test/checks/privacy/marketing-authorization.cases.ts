import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Patient photos and stories in marketing';
const ALL = ['description', 'who_discloses', 'recipients', 'purpose', 'expiration', 'signature_date', 'revocation', 'conditioning', 'redisclosure'] as const;

export default cases([
  {
    name: 'photos and testimonials under a form with every core element and statement',
    stack: { marketing: { patient_images: true, testimonials: true, authorization: { form: 'evidence/photo-authorization.pdf', elements: [...ALL] } } },
    expect: [[SUBJECT, 'pass', /^Before-and-after photos and testimonials of patients are used in marketing under the authorization form evidence\/photo-authorization\.pdf, which has every core element and statement of 164\.508\(c\)\.$/]],
  },
  {
    name: 'photos with no authorization form',
    stack: { marketing: { patient_images: true, testimonials: false, channels: ['Instagram', 'website'] } },
    expect: [[SUBJECT, 'fail', /^Before-and-after photos of patients are used in marketing, but no signed authorization form is on file: a full-face photo or a named story is PHI, and using it in marketing needs the patient's written authorization\.$/]],
  },
  {
    name: 'testimonials with an authorization section that names no form',
    stack: { marketing: { testimonials: true, authorization: { elements: [...ALL] } } },
    expect: [[SUBJECT, 'fail', /^Testimonials that identify patients are used in marketing, but no signed authorization form/]],
  },
  {
    name: 'a generic photo consent without an expiration, the right to revoke or the redisclosure statement',
    stack: {
      marketing: {
        patient_images: true,
        testimonials: false,
        authorization: { form: 'evidence/photo-consent.pdf', elements: ['description', 'who_discloses', 'recipients', 'purpose', 'signature_date', 'conditioning'] },
      },
    },
    expect: [[SUBJECT, 'fail', /lacks an expiration date or event; the right to revoke it in writing, and how; a statement that the information, once disclosed, may be passed on .* no longer protected: an authorization without every core element/]],
  },
  {
    name: 'a form whose contents the stack file does not list',
    stack: { marketing: { patient_images: true, authorization: { form: 'evidence/photo-authorization.pdf' } } },
    expect: [[SUBJECT, 'manual', /does not say what the form contains: list it under `marketing\.authorization\.elements`/]],
  },
  {
    name: 'no patient photos or testimonials: nothing to authorize',
    stack: { marketing: { patient_images: false, testimonials: false, review_replies: 'generic' } },
    expect: [],
  },
  {
    name: 'photos are not used, testimonials not said',
    stack: { marketing: { patient_images: false } },
    expect: [[SUBJECT, 'manual', /whether testimonials that identify patients are used in marketing: set `marketing\.testimonials` \(true or false\)/]],
  },
  {
    name: 'a marketing section that says neither',
    stack: { marketing: { review_replies: 'none' } },
    expect: [[SUBJECT, 'manual', /set `marketing\.patient_images` and `marketing\.testimonials`.*--only privacy\.marketing-authorization/]],
  },
  {
    name: 'no marketing section',
    stack: { marketing: undefined },
    expect: [[SUBJECT, 'manual', /does not say whether patient photos or testimonials are used in marketing/]],
  },
  {
    name: 'a complete form that is named but not on file is not a pass',
    stack: {
      marketing: {
        patient_images: true,
        testimonials: false,
        authorization: { form: 'docs/photo-release.pdf', elements: ['description', 'who_discloses', 'recipients', 'purpose', 'expiration', 'signature_date', 'revocation', 'conditioning', 'redisclosure'] },
      },
    },
    facts: { documents: { 'docs/photo-release.pdf': { path: 'docs/photo-release.pdf', exists: false, kind: 'missing' } } },
    expect: [['Patient photos and stories in marketing', 'warn', /lists every core element .* but the form is not on file next to the stack file/]],
  },
]);
