// Patient photos and stories in marketing: is there a signed authorization, and does it say what 164.508(c) asks?
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { ELEMENT_WORDS, missingCoreElements } from '../../src/engine/authorization-words.js';
import { CORE_AUTHORIZATION_ELEMENTS } from '../../src/stack/privacy-values.js';

const SUBJECT = 'Patient photos and stories in marketing';

export default defineCheck({
  meta: {
    id: 'privacy.marketing-authorization',
    title: 'Patient photos and testimonials are used in marketing only with a valid written authorization',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.508(a)(3)', '164.508(a)', '164.508(c)'],
    obligation: 'required',
    basis:
      '45 CFR 164.508(a)(3)(i): "a covered entity must obtain an authorization for any use or disclosure of protected health information for marketing" (defined in 164.501); 164.508(c)(1)-(2): the core elements and required statements of a valid authorization',
    rationale:
      'A before-and-after photo on Instagram or the website, or a testimonial that names or shows a patient, discloses that the person was treated at the practice and how: that is PHI, and HIPAA requires the patient\'s signed authorization before it is used in marketing (or published at all). The authorization is valid only if it has every core element and statement of 164.508(c): what is used, by whom, for whom, for what purpose, until when, the patient\'s signature and date, the right to revoke, that care does not depend on signing, and that published information is no longer protected. A generic "photo consent" — a line in the treatment consent allowing clinical photos — is not enough: it rarely has these elements, and an authorization folded into the consent to treatment is a compound authorization that 164.508(b)(3) does not allow. Cropping out the face does not reliably make a photo anonymous: tattoos, birthmarks, a caption or a tag can still identify the patient.',
    remediation:
      'Use a separate marketing authorization form, signed before any photo or story is posted, that lists the exact photos or story, where they will appear (website, Instagram, TikTok, ads), who posts them, the purpose, an expiration date or event, the right to revoke in writing and how, that care does not depend on signing, and that anything published can be passed on and is no longer protected; give the patient a copy and keep the signed form. Record it as `marketing.authorization.form` and list what it contains under `marketing.authorization.elements`. Until then, take down patient photos and stories that have no signed authorization.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts }): Finding[] {
    const marketing = stack.marketing;
    const images = marketing?.patient_images;
    const testimonials = marketing?.testimonials;
    if (images !== true && testimonials !== true) {
      if (images === false && testimonials === false) return [];
      const keys = [images === undefined ? '`marketing.patient_images`' : '', testimonials === undefined ? '`marketing.testimonials`' : ''].filter(Boolean);
      const unsaid = keys.length === 2 ? 'patient photos or testimonials are' : images === undefined ? 'before-and-after photos of patients are' : 'testimonials that identify patients are';
      return [{
        status: 'manual',
        subject: SUBJECT,
        ...(marketing !== undefined ? { path: toPointer('marketing') } : {}),
        message: `The stack file does not say whether ${unsaid} used in marketing: set ${keys.join(' and ')} (true or false), or answer it with hipaa-hero attest on the stack file (--only privacy.marketing-authorization).`,
        evidence: { patient_images: images ?? null, testimonials: testimonials ?? null },
      }];
    }
    const what = images && testimonials ? 'Before-and-after photos and testimonials of patients' : images ? 'Before-and-after photos of patients' : 'Testimonials that identify patients';
    const used = { patient_images: images ?? null, testimonials: testimonials ?? null };
    const authorization = marketing?.authorization;
    const form = authorization?.form;
    if (form === undefined) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path: toPointer('marketing', ...(authorization !== undefined ? ['authorization'] : [])),
        message: `${what} are used in marketing, but no signed authorization form is on file: a full-face photo or a named story is PHI, and using it in marketing needs the patient's written authorization.`,
        evidence: { ...used, form: null },
      }];
    }
    const elements = authorization?.elements;
    if (elements === undefined) {
      return [{
        status: 'manual',
        subject: SUBJECT,
        path: toPointer('marketing', 'authorization'),
        message: `${what} are used in marketing under the authorization form ${form}, but the stack file does not say what the form contains: list it under \`marketing.authorization.elements\` (${CORE_AUTHORIZATION_ELEMENTS.join(', ')}).`,
        evidence: { ...used, form, elements: null },
      }];
    }
    const missing = missingCoreElements(elements);
    const path = toPointer('marketing', 'authorization', 'elements');
    if (missing.length > 0) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path,
        message: `${what} are used in marketing, but the authorization form ${form} lacks ${missing.map((e) => ELEMENT_WORDS[e]).join('; ')}: an authorization without every core element and statement of 164.508(c) is not valid.`,
        evidence: { ...used, form, missing },
      }];
    }
    // A pass vouches for the form: it must be on file (read and hashed), not only named.
    const fact = facts.documents[form];
    if (!fact || fact.kind !== 'file' || fact.sha256 === undefined) {
      return [{
        status: 'warn',
        subject: SUBJECT,
        path: toPointer('marketing', 'authorization', 'form'),
        message: `${what} are used in marketing under the authorization form ${form}, which lists every core element and statement of 164.508(c), but the form is not on file next to the stack file${fact?.error ? ` (${fact.error})` : ''}.`,
        evidence: { ...used, form, on_file: false },
      }];
    }
    return [{
      status: 'pass',
      subject: SUBJECT,
      path,
      message: `${what} are used in marketing under the authorization form ${form}, which has every core element and statement of 164.508(c).`,
      evidence: { ...used, form },
    }];
  },
});
