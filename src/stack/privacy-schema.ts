// The Privacy Rule sections of the stack file (format version 1, additive): where a med spa gets
// hurt — marketing with patient photos and stories, the notice of privacy practices, talking to
// patients by text and email, patients' rights — and the states the practice works in.
import { Type, type Static } from '@sinclair/typebox';
import { DocumentPath, Flag, literalUnion, Name, STRICT } from './schema-parts.js';
import { AUTHORIZATION_ELEMENTS, REVIEW_REPLIES, US_STATES } from './privacy-values.js';

export { AUTHORIZATION_ELEMENTS, CORE_AUTHORIZATION_ELEMENTS, REVIEW_REPLIES, US_STATES, type AuthorizationElement } from './privacy-values.js';

const Authorization = Type.Object(
  {
    form: Type.Optional(DocumentPath('The authorization form patients sign before their photos, stories or information are used in marketing')),
    elements: Type.Optional(
      Type.Array(literalUnion(AUTHORIZATION_ELEMENTS, 'What the form contains (45 CFR 164.508(c) and, when the practice is paid, (a)(3)(ii))'), {
        uniqueItems: true,
        description: `What the form says: ${AUTHORIZATION_ELEMENTS.join(', ')}`,
      }),
    ),
  },
  STRICT,
);

const ManufacturerProgram = Type.Object(
  {
    name: Name('The program, e.g. a manufacturer\'s loyalty or co-marketing program; unique'),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
    patient_data: Flag('The practice gives the program patients\' names, contact details or treatment information'),
    remuneration: Flag('The practice is paid for it: fees, rebates, credits or free product tied to the patients it shares or markets to'),
  },
  STRICT,
);

const Marketing = Type.Object(
  {
    patient_images: Type.Optional(Flag('Before-and-after photos or videos of patients are used in marketing (website, social media, ads)')),
    testimonials: Type.Optional(Flag('Testimonials, stories or case studies that identify a patient are published')),
    channels: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Where, e.g. website, Instagram, TikTok, ads' })),
    review_replies: Type.Optional(
      literalUnion(
        REVIEW_REPLIES,
        'How staff answer online reviews: none (no replies), generic (never confirm the reviewer is a patient or mention care), personal (may confirm a visit or mention treatment)',
      ),
    ),
    lists: Type.Optional(
      Type.Array(Name('The `name` of a vendor that holds a list of patients for marketing (newsletters, text campaigns)'), {
        uniqueItems: true,
        description: 'Vendors that hold patient lists for marketing',
      }),
    ),
    authorization: Type.Optional(Authorization),
    manufacturer_programs: Type.Optional(Type.Array(ManufacturerProgram)),
  },
  STRICT,
);

const PatientCommunications = Type.Object(
  {
    unencrypted_consent: Type.Optional(
      Type.Object(
        {
          process: Flag('Before unencrypted email or text is used with a patient, the patient is told the risk and their choice is recorded'),
          form: Type.Optional(DocumentPath('The notice or form used to warn and record the choice')),
        },
        STRICT,
      ),
    ),
    personal_devices: Type.Optional(
      Type.Object(
        {
          allowed: Flag('Staff text or call patients from their own phones'),
          policy: Type.Optional(DocumentPath('The written rules for personal devices (which app, screen lock, no patient photos in the camera roll, deletion when staff leave)')),
        },
        STRICT,
      ),
    ),
  },
  STRICT,
);

const PrivacyNotice = Type.Object(
  {
    document: Type.Optional(DocumentPath('The Notice of Privacy Practices')),
    website: Type.Optional(
      Type.Unsafe<string | null>({ type: ['string', 'null'], minLength: 1, description: 'The page of the practice website where the notice is posted; null when it is not posted' }),
    ),
    posted_in_office: Type.Optional(Flag('The notice is posted in a clear and prominent place at each location, with copies patients can take')),
    acknowledgment: Type.Optional(
      Flag('A good-faith effort is made to get each patient\'s written acknowledgment of receipt at the first visit, and why it was not obtained is documented'),
    ),
  },
  STRICT,
);

const PatientRights = Type.Object(
  {
    access_days: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 3650, description: 'Days within which a patient\'s request to see or get a copy of their records is acted on' }),
    ),
    self_pay_restriction: Type.Optional(
      Flag('A patient\'s request not to tell their health plan about care they paid for in full out of pocket is always honored'),
    ),
  },
  STRICT,
);

export const PRIVACY_SECTIONS = {
  marketing: Type.Optional(Marketing),
  patient_communications: Type.Optional(PatientCommunications),
  privacy_notice: Type.Optional(PrivacyNotice),
  patient_rights: Type.Optional(PatientRights),
};

export const PracticeStates = Type.Array(literalUnion(US_STATES, 'A USPS code, e.g. CO'), {
  uniqueItems: true,
  description: 'The states (USPS codes) where the practice operates or its patients live: state breach-notice deadlines are applied from these',
});

export type Marketing = Static<typeof Marketing>;
export type ManufacturerProgram = Static<typeof ManufacturerProgram>;
export type PatientCommunications = Static<typeof PatientCommunications>;
export type PrivacyNotice = Static<typeof PrivacyNotice>;
export type PatientRights = Static<typeof PatientRights>;
