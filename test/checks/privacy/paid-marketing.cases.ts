import { cases } from '../../helpers/cases.js';

const CORE = ['description', 'who_discloses', 'recipients', 'purpose', 'expiration', 'signature_date', 'revocation', 'conditioning', 'redisclosure'] as const;
const FORM = 'evidence/marketing-authorization.pdf';

export default cases([
  {
    name: 'a paid program under a form that states the payment, and a program given no patient data',
    stack: {
      marketing: {
        authorization: { form: FORM, elements: [...CORE, 'remuneration'] },
        manufacturer_programs: [
          { name: 'Brand rewards', patient_data: true, remuneration: true },
          { name: 'Filler co-op ads', patient_data: false, remuneration: true },
        ],
      },
    },
    expect: [
      ['Brand rewards', 'pass', /^Brand rewards is given patient information, and the practice is paid for it; the authorization form .* has every element of 164\.508\(c\) and states that the practice is paid\.$/],
      ['Filler co-op ads', 'pass', /^Filler co-op ads is given no patient information by the practice\.$/],
    ],
  },
  {
    name: 'an unpaid program under a complete form',
    stack: { marketing: { authorization: { form: FORM, elements: [...CORE] }, manufacturer_programs: [{ name: 'Skincare samples', patient_data: true, remuneration: false }] } },
    expect: [['Skincare samples', 'pass', /^Skincare samples is given patient information; the authorization form .* has every element of 164\.508\(c\)\.$/]],
  },
  {
    name: 'patient data with no authorization form',
    stack: { marketing: { manufacturer_programs: [{ name: 'Brand rewards', patient_data: true, remuneration: true }] } },
    expect: [['Brand rewards', 'fail', /no authorization form is on file: a disclosure of PHI to a manufacturer's program needs the patient's written authorization, stating that the practice is paid \(it may be a sale of PHI\)/]],
  },
  {
    name: 'a paid program under a form that does not state the payment',
    stack: { marketing: { authorization: { form: FORM, elements: [...CORE] }, manufacturer_programs: [{ name: 'Brand rewards', patient_data: true, remuneration: true }] } },
    expect: [['Brand rewards', 'fail', /does not state that the practice is paid: the disclosure may be a sale of PHI .*164\.508\(a\)\(3\)\(ii\), 164\.508\(a\)\(4\)\)\.$/]],
  },
  {
    name: 'a paid program under a form that lacks the payment statement and an expiration',
    stack: {
      marketing: {
        authorization: { form: FORM, elements: CORE.filter((e) => e !== 'expiration') },
        manufacturer_programs: [{ name: 'Brand rewards', patient_data: true, remuneration: true }],
      },
    },
    expect: [['Brand rewards', 'fail', /does not state that the practice is paid.*; it also lacks an expiration date or event\.$/]],
  },
  {
    name: 'an unpaid program under a form without the right to revoke',
    stack: {
      marketing: {
        authorization: { form: FORM, elements: CORE.filter((e) => e !== 'revocation') },
        manufacturer_programs: [{ name: 'Skincare samples', patient_data: true, remuneration: false }],
      },
    },
    expect: [['Skincare samples', 'fail', /lacks the right to revoke it in writing, and how: an authorization without every core element/]],
  },
  {
    name: 'a form whose contents the stack file does not list',
    stack: { marketing: { authorization: { form: FORM }, manufacturer_programs: [{ name: 'Brand rewards', patient_data: true, remuneration: true }] } },
    expect: [['Brand rewards', 'manual', /does not say what the authorization form .* contains/]],
  },
  { name: 'no manufacturer programs', stack: { marketing: { patient_images: false, testimonials: false } }, expect: [] },
  { name: 'no marketing section', stack: { marketing: undefined }, expect: [] },
]);
