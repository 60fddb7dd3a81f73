// Attestation items for Privacy Rule duties (45 CFR 164.502-164.530): BAAs, patient access, safeguards, records.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'vendors.satisfactory-assurances',
    citation: '164.502(e)(2)',
    title: 'Vendor assurances are documented in a written BAA before PHI is shared',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'Before any vendor creates, receives, keeps or sends PHI for you (booking/EHR, texting, forms, billing, IT ' +
      'support), is a signed BAA or other written agreement on file?',
    explain:
      'Required. You may share PHI with a business associate only with satisfactory assurance that it will protect ' +
      'it, documented in a written contract or other written agreement that meets 164.504(e). For a med spa that ' +
      'means a signed BAA on file with every vendor that handles patient information before it is used.',
    rationale:
      'Sharing PHI with a vendor that has no BAA breaks the Privacy Rule even if the vendor is secure, and leaves ' +
      'the practice without contractual protection.',
    remediation:
      'List every vendor that touches PHI, obtain and file a signed BAA from each, and stop sending PHI to any ' +
      'vendor that will not sign one.',
  },
  {
    id: 'vendors.baa-required-terms',
    citation: '164.504(e)(2)',
    title: 'Each BAA contains the Privacy Rule\'s required terms',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'Does each BAA set the permitted uses and disclosures, forbid any other use or further disclosure, require ' +
      'safeguards and reporting, bind subcontractors, support patient access, amendment and accounting, require ' +
      'Privacy Rule compliance for duties done for you, open its books to HHS, require return or destruction at the ' +
      'end, and let you terminate it for a material breach?',
    explain:
      'Required. A BAA must (i) establish the permitted and required uses and disclosures, and (ii) require the ' +
      'vendor to: not use or further disclose PHI other than the contract permits or the law requires; use ' +
      'appropriate safeguards and comply with the Security Rule for ePHI; report uses or disclosures the contract ' +
      'does not provide for, breaches of unsecured PHI included; bind its subcontractors to the same terms; make ' +
      'PHI available for patient access, amendment and an accounting of disclosures; comply with the Privacy Rule ' +
      'when it carries out your Privacy Rule duties for you; make its books and records available to HHS; and ' +
      'return or destroy PHI at termination where feasible. (iii) It must also authorize you to terminate it if ' +
      'the vendor violates a material term. Vendor BAAs usually include these, but check.',
    rationale: 'A BAA missing required terms does not give the satisfactory assurance the rule requires before PHI is shared.',
    remediation:
      'Check each BAA against the required terms (HHS publishes sample BAA provisions), and ask the vendor for an ' +
      'amended agreement where any term is missing.',
  },
  {
    id: 'vendors.government-arrangements',
    citation: '164.504(e)(3)',
    title: 'Government arrangements used instead of a BAA meet the rule',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'If you and a business associate are both government entities, is there a memorandum of understanding or a ' +
      'law that achieves what the required BAA terms would?',
    explain:
      'Required only where it applies: when the covered entity and the business associate are both government ' +
      'entities, a memorandum of understanding or another law can stand in for the BAA. A privately owned med spa ' +
      'does not use these arrangements, so `not_applicable` is the right answer; every vendor needs a BAA.',
    rationale:
      'Where it applies, the memorandum or law must give the same protections as a BAA, or the PHI may not be ' +
      'shared on that basis.',
    remediation:
      'If this applies, keep a copy of the memorandum or the law relied on and confirm it covers each required ' +
      'term; otherwise answer `not_applicable`.',
  },
  {
    id: 'privacy.right-of-access',
    citation: '164.524(a)',
    title: 'Patients can inspect and get a copy of their records',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written procedure, known to front-desk staff, for patients to inspect or get copies of their ' +
      'records, including charts and photos held in the booking/EHR system?',
    explain:
      'Required. Patients have a right to inspect and obtain a copy of their PHI in the designated record set, ' +
      'which for a med spa includes treatment notes, consent forms, clinical photos and billing records. Practices ' +
      'usually take requests in writing, verify identity and export from the EHR.',
    rationale:
      'Right-of-access complaints are a long-running OCR enforcement focus, and many settlements have involved ' +
      'small practices.',
    remediation:
      'Write an access request procedure (how requests are taken, identity checks, formats, allowed fees, who ' +
      'fulfils them), train the front desk, and log each request and its completion date.',
  },
  {
    id: 'privacy.access-timeliness',
    citation: '164.524(b)(2)',
    title: 'Access requests are acted on within 30 days',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Are patient access requests acted on within 30 calendar days, with any one 30-day extension explained to ' +
      'the patient in writing within the first 30 days?',
    explain:
      'Required. Act on an access request no later than 30 calendar days after receiving it. You may extend once, ' +
      'by up to 30 more days, only if within the first 30 days you tell the patient in writing why and when you ' +
      'will complete it. A request log with received and completed dates shows this.',
    rationale:
      'Late responses are a common basis for OCR right-of-access penalties, and patients may need their records ' +
      'for care elsewhere.',
    remediation:
      'Keep a request log with received, due and completed dates, assign an owner, and use a written extension ' +
      'letter, sent within the first 30 days, when more time is truly needed.',
  },
  {
    id: 'privacy.safeguards',
    citation: '164.530(c)',
    title: 'PHI in every form, including paper and speech, is safeguarded',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there safeguards for PHI on paper and in conversation as well as on screens, such as locked intake ' +
      'forms, private consult areas, discretion at check-in and no PHI on whiteboards?',
    explain:
      'Required. The Privacy Rule requires administrative, technical and physical safeguards for PHI in any form, ' +
      'including paper and oral, and reasonable limits on incidental uses and disclosures. In a med spa that means ' +
      'private consult spaces, secured paper forms and care with what is said at the front desk.',
    rationale:
      'Many privacy complaints involve overheard conversations, visible paperwork or misdirected messages rather ' +
      'than hacking.',
    remediation:
      'Walk through the patient journey and fix exposures: lock paper forms away, move consults out of earshot, ' +
      'turn screens away, and shred paper PHI rather than binning it.',
  },
  {
    id: 'privacy.documentation',
    citation: '164.530(j)',
    title: 'Privacy policies and required records are kept in writing',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Are your privacy policies and procedures written (paper or electronic), and are required communications, ' +
      'actions and designations, such as the privacy official and complaints, documented?',
    explain:
      'Required. Keep privacy policies and procedures in written or electronic form, and document any ' +
      'communication, action, activity or designation the Privacy Rule requires in writing, such as the privacy ' +
      'official designation, workforce training, and complaints with their outcomes.',
    rationale: 'Written records are how the practice shows OCR, or a patient, that required steps actually happened.',
    remediation:
      'Keep privacy policies, the notice of privacy practices, designations, training records and the complaint ' +
      'log in one controlled folder, and fill any gaps.',
  },
  {
    id: 'privacy.retention',
    citation: '164.530(j)(2)',
    title: 'Privacy documentation is kept for six years',
    area: 'privacy',
    severity: 'high',
    obligation: 'required',
    question:
      'Is each privacy policy, notice version and required record kept for at least six years from when it was ' +
      'created or last in effect, whichever is later?',
    explain:
      'Required. Keep Privacy Rule documentation for six years from the date it was created or the date it was ' +
      'last in effect, whichever is later. This covers old versions of the notice of privacy practices, retired ' +
      'policies, signed acknowledgments and complaint records; patient charts follow state law.',
    rationale:
      'Complaints and investigations can reach back years, and archived versions prove what the practice did at ' +
      'the time.',
    remediation:
      'Archive superseded privacy documents with their effective dates instead of deleting them, and set a ' +
      'six-year retention rule from creation or last effective date.',
  },
]);
