// Attestation items for patients' Privacy Rule rights and the administrative duties behind them
// (45 CFR 164.502(b), 164.514(d), 164.522-164.530): restrictions, copies and fees, amendment,
// accounting, complaints, sanctions, mitigation, no retaliation or waiver, minimum necessary.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'privacy.minimum-necessary',
    citation: '164.502(b)',
    title: 'Staff use and disclose only the PHI needed for the purpose',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Do staff make reasonable efforts to use, share and ask for only the PHI a task needs, such as no full chart ' +
      'sent when an appointment date will do and no treatment details in a payment or marketing list?',
    explain:
      'Required. When you use or disclose PHI, or ask another provider or a vendor for it, make reasonable efforts ' +
      'to limit it to the minimum necessary for the purpose. It does not apply to sharing with another provider for ' +
      'treatment, to the patient, to uses or disclosures under the patient\'s authorization, to HHS, or where the ' +
      'law requires the disclosure. In a med spa it is the habit of sharing only what is needed.',
    rationale:
      'Most everyday privacy harm is oversharing: more of a chart, photo set or list than the task called for, ' +
      'seen or sent where it was not needed.',
    remediation:
      'Train staff on minimum necessary with examples from your own workflows (reminders, referrals, billing, ' +
      'vendor exports) and fix any routine export or report that carries more PHI than its purpose needs.',
  },
  {
    id: 'privacy.minimum-necessary-procedures',
    citation: '164.514(d)',
    title: 'Minimum-necessary policies set who may see what and limit routine disclosures',
    area: 'privacy',
    severity: 'medium',
    obligation: 'required',
    question:
      'Are there written policies naming which staff roles need which PHI, limiting routine disclosures and ' +
      'requests to what is needed, and having other requests reviewed one by one?',
    explain:
      'Required. Policies and procedures must identify the staff (or classes of staff) who need access to PHI, ' +
      'the categories of PHI each needs and any conditions, and limit access to that; limit routine and ' +
      'recurring disclosures and requests to the minimum necessary (standard protocols are enough); review other ' +
      'disclosures and requests individually against set criteria; and not use, disclose or ask for a whole ' +
      'record unless it is specifically justified.',
    rationale:
      'Without a written map of who needs what, access in the booking/EHR system drifts to "everyone sees ' +
      'everything", and non-routine requests get answered by whoever picks up the phone.',
    remediation:
      'Write a one-page access matrix (role, PHI it needs, system permissions), set the EHR roles to match, ' +
      'write protocols for routine disclosures (labs, billing, referrals), and name who reviews unusual requests.',
  },
  {
    id: 'privacy.restriction-requests',
    citation: '164.522(a)',
    title: 'Requests to restrict uses and disclosures are received and decided by a set procedure',
    area: 'privacy',
    severity: 'medium',
    obligation: 'required',
    question:
      'Is there a set procedure by which patients can ask you to restrict how their PHI is used or shared, a ' +
      'named person decides each request, and agreed restrictions are recorded where staff will see and follow ' +
      'them?',
    explain:
      'Required. Patients must be allowed to ask you to restrict uses and disclosures of their PHI for treatment, ' +
      'payment and operations, and disclosures to family or others involved in their care. You need not agree, ' +
      'except to a request not to tell a health plan about care paid for in full out of pocket (164.522(a)(1)(vi)); ' +
      'but a restriction you agree to binds you (emergency treatment aside) and must be documented.',
    rationale:
      'An agreed restriction that staff cannot see is soon broken, and breaking one is a violation in itself.',
    remediation:
      'Write the procedure (how requests are taken, who decides, how an agreed restriction is flagged in the ' +
      'booking/EHR system and how it may end), train the front desk, and keep each request and decision.',
  },
  {
    id: 'privacy.confidential-communications',
    citation: '164.522(b)',
    title: 'Reasonable requests to be contacted by other means or at other places are accommodated',
    area: 'privacy',
    severity: 'medium',
    obligation: 'required',
    question:
      'When a patient asks to be contacted another way or somewhere else (a different phone number or address, ' +
      'email instead of text, no voicemail at home), is the request accommodated when reasonable, without asking ' +
      'why, and recorded where staff will see it?',
    explain:
      'Required. A health care provider must accommodate reasonable requests to receive communications of PHI by ' +
      'alternative means or at alternative locations, and may not require an explanation. It may ask for the ' +
      'request in writing and for how payment will be handled. For a med spa this usually means a contact ' +
      'preference field in the booking/EHR system that reminders and staff actually follow.',
    rationale:
      'A reminder text or voicemail that reaches the wrong person can reveal treatment a patient wanted kept private.',
    remediation:
      'Add a contact-preference field to patient records, make reminders and staff follow it, tell the front desk ' +
      'how to take such requests, and keep each request.',
  },
  {
    id: 'privacy.access-form-and-fees',
    citation: '164.524(c)',
    title: 'Copies are given in the form and format asked for, at a reasonable cost-based fee at most',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'When patients ask for copies of their records, do you provide them in the form and format asked for when ' +
      'readily producible (electronic copies of electronic records included, e.g. a PDF export or photos by ' +
      'secure download), and charge at most a reasonable, cost-based fee?',
    explain:
      'Required. Give access in the form and format the patient asks for if it is readily producible, or else in ' +
      'a readable form you agree on; for records kept electronically, an electronic copy in the format asked for ' +
      'if readily producible, or another agreed electronic format. A fee for copies may cover only the cost of ' +
      'labor for copying, supplies (paper, or portable media the patient asks for), postage, and a summary the ' +
      'patient agreed to; not search, retrieval or system costs. HHS describes a flat fee of up to $6.50 for ' +
      'electronic copies of electronic records as one option, not the only lawful fee.',
    rationale:
      'Charging too much, or refusing the electronic format a patient asks for, has been at the center of OCR ' +
      'right-of-access enforcement.',
    remediation:
      'List the formats your systems can readily produce (PDF, image files, portal download), set a written fee ' +
      'schedule built only from allowed costs (or no fee), and train whoever fulfils requests.',
  },
  {
    id: 'privacy.amendment',
    citation: '164.526(a)',
    title: 'Requests to amend records are handled and acted on within 60 days',
    area: 'privacy',
    severity: 'medium',
    obligation: 'required',
    question:
      'Is there a procedure for patients\' requests to amend their records, with each request accepted or denied ' +
      'in writing within 60 days (or one 30-day extension explained to the patient in writing)?',
    explain:
      'Required. Patients may ask you to amend PHI in their designated record set. You may deny a request only on ' +
      'the grounds the rule lists (for example, the record is accurate and complete, or you did not create it). ' +
      'Act within 60 days of receiving it, with at most one 30-day extension explained in writing within the ' +
      'first 60 days. An accepted amendment is made and shared as 164.526(c) says; a denial is written, gives the ' +
      'reason, and tells the patient how to disagree and complain.',
    rationale:
      'Wrong allergies, medications or treatment notes can harm patients at their next treatment, and an ' +
      'ignored request is both a rights violation and a complaint waiting to happen.',
    remediation:
      'Write an amendment procedure with a request form, who decides, a log with received and due dates, and ' +
      'letter templates for acceptance, denial and extension.',
  },
  {
    id: 'privacy.accounting',
    citation: '164.528(a)',
    title: 'Patients can get an accounting of disclosures of their PHI',
    area: 'privacy',
    severity: 'medium',
    obligation: 'required',
    question:
      'Could you give a patient, on request, a list of the disclosures of their PHI the rule requires you to ' +
      'account for over the past six years, with the date, recipient, what was disclosed and why?',
    explain:
      'Required. Patients may receive an accounting of disclosures of their PHI made in the six years before ' +
      'the request. Disclosures for treatment, payment and operations, to the patient, under an authorization, ' +
      'and the other exceptions in 164.528(a)(1) are left out; what remains (for example to public health ' +
      'authorities, licensing boards, or under a subpoena or court order) must be traceable. A small practice ' +
      'usually keeps a disclosure log.',
    rationale:
      'Without a record made at the time of each disclosure, an accounting cannot be rebuilt when a patient asks.',
    remediation:
      'Keep a disclosure log (date, recipient, description, purpose) for every disclosure that is not for ' +
      'treatment, payment or operations or under an authorization, and write who answers requests and how.',
  },
  {
    id: 'privacy.complaints',
    citation: '164.530(d)',
    title: 'Privacy complaints have a process, and each one and its outcome are documented',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Can patients complain to the practice about its privacy policies or how it follows them, through a process ' +
      'with a named contact, and is every complaint and its outcome recorded?',
    explain:
      'Required. Provide a process for individuals to complain about your privacy policies and procedures, or ' +
      'your compliance with them or with the Privacy Rule, and document every complaint received and its ' +
      'disposition, if any. The notice of privacy practices tells patients how to complain, and the contact is ' +
      'usually the privacy official.',
    rationale:
      'A patient with nowhere to take a complaint takes it to OCR or to online reviews, and a complaint log ' +
      'shows what was done about each one.',
    remediation:
      'Name the complaint contact in the notice of privacy practices, keep a complaint log (date, summary, ' +
      'action taken, outcome), and review it when policies are updated.',
  },
  {
    id: 'privacy.sanctions',
    citation: '164.530(e)',
    title: 'Sanctions for breaking privacy policies are applied and documented',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Are appropriate sanctions applied to staff who break the privacy policies or the Privacy Rule (for ' +
      'example snooping in a chart, or posting a patient photo), and is each sanction recorded?',
    explain:
      'Required. Have and apply appropriate sanctions against workforce members who fail to comply with your ' +
      'privacy policies or the Privacy and Breach Notification rules, and document the sanctions applied. This is ' +
      'the Privacy Rule\'s own standard, beside the Security Rule\'s sanction policy (164.308(a)(1)(ii)(C)); one ' +
      'policy may serve both if it covers privacy as well as security. Good-faith whistleblower disclosures ' +
      '(164.502(j)) and complaining or taking part in an investigation (164.530(g)(2)) are not sanctioned.',
    rationale:
      'Snooping and oversharing stop when staff see that privacy violations have consequences, and records of ' +
      'sanctions show the policy is enforced.',
    remediation:
      'Extend the sanction policy to privacy violations with graded examples, have staff acknowledge it, and log ' +
      'each violation with the sanction applied.',
  },
  {
    id: 'privacy.mitigation',
    citation: '164.530(f)',
    title: 'Harmful effects of improper uses and disclosures are mitigated',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'When PHI is used or shared in a way that breaks your policies or the Privacy Rule, by staff or by a vendor, ' +
      'do you act to limit the harm, such as getting a misdirected message deleted or a posted photo taken down?',
    explain:
      'Required. Mitigate, to the extent practicable, any harmful effect you know of from a use or disclosure of ' +
      'PHI, by you or your business associate, that violates your policies or the Privacy Rule. In practice: ' +
      'retrieve or get written confirmation of deletion of misdirected records, take down posts, and fix the ' +
      'cause. This is separate from deciding whether breach notices are due.',
    rationale:
      'Quick action after a mistake (a recall, a takedown, a call to the recipient) often keeps an incident from ' +
      'harming the patient.',
    remediation:
      'Add mitigation steps to the incident procedure (who acts, how to recall or remove PHI, what is recorded) ' +
      'and record what was done for each incident.',
  },
  {
    id: 'privacy.no-retaliation',
    citation: '164.530(g)',
    title: 'No one is retaliated against for exercising a privacy right or complaining',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Do your policies forbid, and staff know not to engage in, any threat, intimidation or retaliation against ' +
      'a patient or anyone else for exercising a privacy right, complaining to you or to HHS, or taking part in ' +
      'an investigation?',
    explain:
      'Required. You may not intimidate, threaten, coerce, discriminate against or otherwise retaliate against a ' +
      'patient for exercising a Privacy Rule right or using its processes, or against anyone for filing a ' +
      'complaint with HHS, testifying, assisting or taking part in an investigation, or opposing in good faith a ' +
      'practice the rule makes unlawful. For a med spa that includes not refusing service or memberships to a ' +
      'patient who complained.',
    rationale:
      'Retaliation turns a single complaint into a serious violation, and patients who fear it stop raising ' +
      'problems early.',
    remediation:
      'Put a non-retaliation statement in the privacy policies and staff handbook, train staff on it, and have ' +
      'the privacy official review any adverse action involving someone who complained.',
  },
  {
    id: 'privacy.no-waiver',
    citation: '164.530(h)',
    title: 'No patient is asked to waive privacy rights as a condition of care',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Are your intake, consent, membership and treatment forms free of anything that makes care or payment ' +
      'depend on giving up a Privacy Rule right or the right to complain to HHS?',
    explain:
      'Required. You may not require anyone to waive their Privacy Rule rights, or the right to file a complaint ' +
      'with HHS, as a condition of treatment, payment, enrollment in a health plan or eligibility for benefits. ' +
      'Check consent, membership, package and photo forms for such clauses.',
    rationale:
      'A waiver clause that patients must sign to be treated breaks the rule for every patient asked to sign it.',
    remediation:
      'Review every form patients sign, remove any waiver of privacy rights or of complaints to HHS, and have ' +
      'the privacy official approve new forms before use.',
  },
]);
