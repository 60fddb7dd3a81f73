// The interview's Privacy Rule part: the states the practice works in, marketing with patients in it,
// the notice of privacy practices, patients' rights, and texting patients. Asked after the systems
// (it refers to vendors and the website) and before the compliance program.
import { AUTHORIZATION_ELEMENTS, REVIEW_REPLIES, type AuthorizationElement, type ManufacturerProgram } from '../stack/privacy-schema.js';
import type { Stack } from '../stack/schema.js';
import { askList } from './ask.js';
import type { InterviewContext } from './interview-context.js';
import { all, list, optional, reference, splitList, statesOf, uniqueName, usStates, webUrl, wholeNumber, type UsState } from './validators.js';

type Privacy = Pick<Stack, 'marketing' | 'patient_communications' | 'privacy_notice' | 'patient_rights'>;

/** What each authorization element says, in the words of the form a patient signs. */
const ELEMENT_CHOICES: Record<AuthorizationElement, string> = {
  description: 'what is used, specifically (which photos, which story)',
  who_discloses: 'who may use or share it (the practice)',
  recipients: 'to whom it goes (the public, and where: website, Instagram, …)',
  purpose: 'what it is for (marketing)',
  expiration: 'when the permission ends (a date or an event)',
  signature_date: "the patient's signature and the date",
  revocation: 'that the patient may take it back in writing, and how',
  conditioning: 'that care does not depend on signing',
  redisclosure: 'that once published it may be passed on and is no longer protected',
  remuneration: 'that the practice is paid for it (only when it is)',
};

const REPLY_CHOICES: Record<(typeof REVIEW_REPLIES)[number], string> = {
  none: 'Staff do not reply to online reviews.',
  generic: 'Replies never confirm that the reviewer is a patient or mention their care.',
  personal: 'Replies may confirm a visit or mention a treatment.',
};

/**
 * The states (written under `practice`, where state breach-notice deadlines are read from) and the
 * Privacy Rule sections. Yes/no questions default to no: no safeguard is claimed until the user says so.
 */
export async function askPrivacy(ctx: InterviewContext, stack: Stack): Promise<Privacy & { states: UsState[] }> {
  const { ask, say } = ctx;
  say('\n== Patient privacy: states, marketing, the privacy notice and patients\' rights ==');
  const states = statesOf(
    await ask.text('States where the practice works or its patients live, comma-separated (USPS codes, e.g. CO, TX; empty to skip):', { validate: usStates }),
  );
  const marketing = await askMarketing(ctx, stack);

  const notice: NonNullable<Stack['privacy_notice']> = {};
  const document = await ask.text('Path of the Notice of Privacy Practices, relative to the stack file (empty if none is on file):');
  if (document) notice.document = document;
  if (stack.practice.website !== undefined || (stack.endpoints ?? []).length > 0) {
    const page = await ask.text('Web page where the notice is posted (https://…, empty if it is not on the website):', { validate: optional(webUrl) });
    notice.website = page || null;
  }
  notice.posted_in_office = await ask.yesNo('Is the notice posted in the office, with copies patients can take?', false);
  notice.acknowledgment = await ask.yesNo('At the first visit, are patients asked to sign that they received the notice?', false);

  const rights: NonNullable<Stack['patient_rights']> = {
    access_days: Number(await ask.text("Within how many days is a patient's request for a copy of their records acted on?", { default: '30', validate: wholeNumber(0, 3650, 'days') })),
    self_pay_restriction: await ask.yesNo('When a patient pays in full and asks that their health plan not be told, is that always honored?', false),
  };
  return { states, marketing, privacy_notice: notice, patient_rights: rights, patient_communications: await askCommunications(ctx) };
}

async function askMarketing({ ask }: InterviewContext, stack: Stack): Promise<NonNullable<Stack['marketing']>> {
  const vendors = (stack.vendors ?? []).map((v) => v.name);
  const marketing: NonNullable<Stack['marketing']> = {
    patient_images: await ask.yesNo('Are before-and-after photos or videos of patients used in marketing (website, social media, ads)?', false),
    testimonials: await ask.yesNo('Are testimonials or stories that identify a patient published?', false),
    review_replies: await ask.select('How do staff reply to online reviews?', REVIEW_REPLIES.map((value) => ({ value, description: REPLY_CHOICES[value] })), 'none'),
  };
  if (vendors.length) {
    const lists = splitList(
      await ask.text(`Vendors that hold a list of patients for marketing, e.g. a newsletter (comma-separated, one of: ${vendors.join(', ')}; empty if none):`, {
        validate: all(list('vendor'), (value) => splitList(value).map(reference('vendor', vendors)).find((ok) => ok !== true) ?? true),
      }),
    );
    if (lists.length) marketing.lists = lists;
  }
  const programs = await askList<ManufacturerProgram>(
    ask,
    "Does a manufacturer's program (e.g. a toxin or filler maker's loyalty program) get patients' names, contacts or treatments?",
    'Add another manufacturer program that gets patient data?',
    false,
    async (added) => {
      const name = await ask.text('Program name:', { validate: uniqueName('program', added.map((p) => p.name)) });
      const program: ManufacturerProgram = { name, patient_data: true, remuneration: false };
      if (vendors.length) {
        const vendor = await ask.text(`Vendor that runs ${name} (one of: ${vendors.join(', ')}; empty if not listed):`, { validate: optional(reference('vendor', vendors)) });
        if (vendor) program.vendor = vendor;
      }
      program.remuneration = await ask.yesNo(`Is the practice paid for ${name} (fees, rebates, credits, free product)?`, false);
      return program;
    },
  );
  if (programs.length) marketing.manufacturer_programs = programs;
  if (marketing.patient_images || marketing.testimonials || programs.length) {
    const form = await ask.text('Path of the authorization form patients sign before their photos, stories or data are used, relative to the stack file (empty if none):');
    if (form) {
      const paid = programs.some((p) => p.remuneration);
      const elements = await ask.checkbox(
        `Which of these does ${form} say? (space toggles, Enter confirms; pick none if you are not sure)`,
        AUTHORIZATION_ELEMENTS.filter((e) => paid || e !== 'remuneration').map((value) => ({ value, name: ELEMENT_CHOICES[value] })),
      );
      marketing.authorization = { form, ...(elements.length ? { elements } : {}) };
    }
  }
  return marketing;
}

async function askCommunications({ ask }: InterviewContext): Promise<NonNullable<Stack['patient_communications']>> {
  const warned = await ask.yesNo('Before email or texts that are not encrypted go to a patient, is the patient warned of the risk and their choice recorded?', false);
  const form = warned ? await ask.text('Path of the notice or form used for that (optional):') : '';
  const personal = await ask.yesNo('Do staff text or call patients from their own phones?', false);
  const policy = personal ? await ask.text('Path of the written rules for personal phones (empty if none):') : '';
  return {
    unencrypted_consent: { process: warned, ...(form ? { form } : {}) },
    personal_devices: { allowed: personal, ...(policy ? { policy } : {}) },
  };
}
