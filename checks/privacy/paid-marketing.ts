// Manufacturer programs that receive patient information: an authorization that says so, and says when the practice is paid.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { ELEMENT_WORDS, missingCoreElements } from '../../src/engine/authorization-words.js';

export default defineCheck({
  meta: {
    id: 'privacy.paid-marketing',
    title: 'Patient information goes to manufacturer programs only under an authorization that says when the practice is paid',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.508(a)(3)', '164.508(a)(4)', '164.502(a)(5)(ii)'],
    obligation: 'required',
    basis:
      '45 CFR 164.508(a)(3)(ii): if marketing involves financial remuneration to the covered entity from a third party, "the authorization must state that such remuneration is involved"; 164.508(a)(4): a disclosure that is a sale of PHI (164.502(a)(5)(ii)) needs an authorization stating that the disclosure will result in remuneration',
    rationale:
      'Giving a manufacturer\'s loyalty, rewards or co-marketing program (for example a neurotoxin or filler brand\'s points program) patients\' names, contact details or treatments is a disclosure of PHI for the program\'s purposes, not the patient\'s care, and HIPAA requires the patient\'s written authorization for it. When the practice gets something for it — fees, rebates, credits or free product tied to the patients it shares or markets to — the disclosure may be a sale of PHI (a disclosure for which the covered entity receives remuneration from or on behalf of the recipient) or marketing paid for by a third party, and the authorization must then also say that the practice is paid.',
    remediation:
      'Before any patient\'s information goes to the program, get the patient\'s signed authorization with every element of 164.508(c) and, when the practice receives fees, rebates, credits or free product for it, a statement that the practice is paid. Record the form as `marketing.authorization.form` and its contents under `marketing.authorization.elements` (add `remuneration`). If patients enroll in the program themselves and the practice shares nothing, set `patient_data: false`. (Reporting an adverse event or a product problem to the manufacturer is a different disclosure, which 164.512(b)(1)(iii) permits.) Where a program\'s own enrollment terms are meant to serve as the authorization, have a privacy lawyer confirm that they meet 164.508 and name the practice.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const marketing = stack.marketing;
    const authorization = marketing?.authorization;
    return (marketing?.manufacturer_programs ?? []).map((program, i): Finding => {
      const { name, remuneration } = program;
      const at = (...rest: string[]) => toPointer('marketing', 'manufacturer_programs', i, ...rest);
      if (!program.patient_data) {
        return { status: 'pass', subject: name, path: at('patient_data'), message: `${name} is given no patient information by the practice.`, evidence: { patient_data: false } };
      }
      const paid = remuneration ? ', and the practice is paid for it' : '';
      const form = authorization?.form;
      if (form === undefined) {
        return {
          status: 'fail',
          subject: name,
          path: at(),
          message: `${name} is given patient information${paid}, but no authorization form is on file: a disclosure of PHI to a manufacturer's program needs the patient's written authorization${remuneration ? ', stating that the practice is paid (it may be a sale of PHI)' : ''}.`,
          evidence: { patient_data: true, remuneration, form: null },
        };
      }
      const elements = authorization?.elements;
      if (elements === undefined) {
        return {
          status: 'manual',
          subject: name,
          path: toPointer('marketing', 'authorization'),
          message: `${name} is given patient information${paid}, but the stack file does not say what the authorization form ${form} contains: list it under \`marketing.authorization.elements\`.`,
          evidence: { patient_data: true, remuneration, form, elements: null },
        };
      }
      const path = toPointer('marketing', 'authorization', 'elements');
      const core = missingCoreElements(elements);
      const noPayment = remuneration && !elements.includes('remuneration');
      if (noPayment) {
        const also = core.length > 0 ? `; it also lacks ${core.map((e) => ELEMENT_WORDS[e]).join('; ')}` : '';
        return {
          status: 'fail',
          subject: name,
          path,
          message: `${name} is given patient information and the practice is paid for it, but the authorization form ${form} does not state that the practice is paid: the disclosure may be a sale of PHI or marketing paid for by a third party, and then the authorization must say that remuneration is involved (164.508(a)(3)(ii), 164.508(a)(4))${also}.`,
          evidence: { patient_data: true, remuneration: true, form, missing: [...core, 'remuneration'] },
        };
      }
      if (core.length > 0) {
        return {
          status: 'fail',
          subject: name,
          path,
          message: `${name} is given patient information${paid}, but the authorization form ${form} lacks ${core.map((e) => ELEMENT_WORDS[e]).join('; ')}: an authorization without every core element and statement of 164.508(c) is not valid.`,
          evidence: { patient_data: true, remuneration, form, missing: core },
        };
      }
      return {
        status: 'pass',
        subject: name,
        path,
        message: `${name} is given patient information${paid}; the authorization form ${form} has every element of 164.508(c)${remuneration ? ' and states that the practice is paid' : ''}.`,
        evidence: { patient_data: true, remuneration, form },
      };
    });
  },
});
