// Attestation items for the organizational and documentation requirements (45 CFR 164.314, 164.316).
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'vendors.baa-contents',
    citation: '164.314(a)(2)(i)',
    title: 'Business associate contracts contain the Security Rule terms',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'Does every BAA require the vendor to comply with the Security Rule, bind subcontractors that handle ePHI by ' +
      'contract, and report security incidents, including breaches, to you?',
    explain:
      'Required. A business associate contract must require the vendor to comply with the applicable Security Rule ' +
      'requirements, to have subcontractors that handle ePHI agree to the same by contract, and to report security ' +
      'incidents, including breaches of unsecured PHI. Check the BAAs of your booking/EHR, email and texting ' +
      'vendors.',
    rationale:
      'A BAA missing these terms leaves the practice without contractual protection, or notice, when a vendor ' +
      'mishandles its patients\' data.',
    remediation:
      'Review each BAA against the three terms, and ask any vendor whose agreement lacks one for an updated BAA or ' +
      'addendum.',
  },
  {
    id: 'vendors.other-arrangements',
    citation: '164.314(a)(2)(ii)',
    title: 'Any government arrangement used instead of a BAA meets the rule',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'If you and a business associate are both government entities, does a memorandum of understanding or a law ' +
      'give the protections a BAA would (see 164.504(e)(3))?',
    explain:
      'Required only where it applies: instead of a BAA, a government entity may rely on another arrangement that ' +
      'meets 164.504(e)(3), such as a memorandum of understanding between government agencies. A privately owned ' +
      'med spa has no such arrangements, so `not_applicable` is the right answer; use BAAs instead.',
    rationale: 'Where it applies, the alternative arrangement must still give the protections a BAA would.',
    remediation:
      'If this applies, document the memorandum or law relied on and confirm it covers the BAA terms; otherwise ' +
      'answer `not_applicable` and make sure each vendor has a BAA.',
  },
  {
    id: 'vendors.subcontractor-baas',
    citation: '164.314(a)(2)(iii)',
    title: 'Vendors\' subcontractors that handle ePHI are bound by BAAs too',
    area: 'vendors',
    severity: 'high',
    obligation: 'required',
    question:
      'Do your vendors confirm, in their BAA or in writing, that their own subcontractors handling your ePHI ' +
      '(hosting, SMS, payments, support) are bound by BAAs with the same terms?',
    explain:
      'Required. Since the 2013 Omnibus Rule the same contract requirements apply between a business associate and ' +
      'its subcontractors that handle ePHI. You do not sign those contracts yourself; check that each vendor\'s ' +
      'BAA obliges it to flow the terms down, and ask which subcontractors it uses.',
    rationale:
      'Patient data often passes from your booking vendor to cloud hosts and messaging providers, and each link ' +
      'needs the same protections.',
    remediation:
      'Confirm each BAA has a subcontractor flow-down clause, ask vendors for their subcontractor list, and get a ' +
      'written assurance where the BAA is silent.',
  },
  {
    id: 'governance.group-health-plan',
    citation: '164.314(b)(1)',
    title: 'Group health plan documents require the sponsor to safeguard ePHI',
    area: 'governance',
    severity: 'high',
    obligation: 'required',
    question:
      'If the practice sponsors a group health plan that discloses ePHI to it as plan sponsor, do the plan ' +
      'documents require the practice to reasonably and appropriately safeguard that ePHI?',
    explain:
      'Required standard, for group health plans only, not for a med spa in its role as a provider. If the practice does not ' +
      'sponsor a group health plan that discloses ePHI to it (beyond summary or enrollment data), `not_applicable` ' +
      'is the right answer. A practice with a self-insured employee plan should ask its plan administrator.',
    rationale:
      'Where it applies, employees\' health plan data must not reach the employer unless the plan documents commit ' +
      'the employer to protect it.',
    remediation:
      'If the practice sponsors such a plan, have benefits counsel amend the plan documents to include the ' +
      'required safeguards; otherwise answer `not_applicable` and note why.',
  },
  {
    id: 'governance.plan-documents',
    citation: '164.314(b)(2)',
    title: 'Plan documents contain the four required sponsor security provisions',
    area: 'governance',
    severity: 'high',
    obligation: 'required',
    question:
      'If applicable, do the plan documents require the sponsor to safeguard ePHI, support plan separation with ' +
      'security measures, bind agents to safeguards and report security incidents to the plan?',
    explain:
      'Required only for a group health plan: its documents must commit the sponsor to (i) administrative, ' +
      'physical and technical safeguards, (ii) security measures supporting the required separation, (iii) ' +
      'safeguards by any agent given ePHI, and (iv) reporting security incidents to the plan. Otherwise answer ' +
      '`not_applicable`.',
    rationale: 'The four provisions are what make the sponsor\'s promise to protect plan data enforceable.',
    remediation:
      'If the practice sponsors such a plan, have the plan documents amended to include all four provisions; ' +
      'otherwise answer `not_applicable`.',
  },
  {
    id: 'policies.documentation',
    citation: '164.316(b)(1)',
    title: 'Security policies and required records are kept in writing',
    area: 'policies',
    severity: 'high',
    obligation: 'required',
    question:
      'Are your security policies and procedures written (paper or electronic), and are required actions and ' +
      'assessments, such as risk analyses, training and incidents, recorded?',
    explain:
      'Required standard. Keep your security policies and procedures in written form, which may be electronic, and ' +
      'keep a written record of any action, activity or assessment the Security Rule requires. Small practices ' +
      'usually keep one shared folder with policies, the risk analysis, training records and incident logs.',
    rationale: 'If it is not written down, the practice cannot show an auditor or investigator that a safeguard existed.',
    remediation:
      'Gather policies and records into one controlled folder, write any missing policies, and start logs for ' +
      'training, access changes, incidents and risk assessments.',
  },
  {
    id: 'policies.retention',
    citation: '164.316(b)(2)(i)',
    title: 'Security documentation is kept for six years',
    area: 'policies',
    severity: 'high',
    obligation: 'required',
    question:
      'Is each security policy and required record, including retired versions, kept for at least six years from ' +
      'when it was created or last in effect, whichever is later?',
    explain:
      'Required. Keep Security Rule documentation for six years from the date it was created or the date it was ' +
      'last in effect, whichever is later. In practice this means never deleting old policy versions or past risk ' +
      'analyses, and archiving them with their dates when they are replaced.',
    rationale: 'Investigations can look back years, and retired policies prove what was in force at the time.',
    remediation:
      'Set a six-year retention rule from creation or last effective date, archive superseded versions with their ' +
      'dates instead of overwriting them, and protect the archive from deletion.',
  },
  {
    id: 'policies.availability',
    citation: '164.316(b)(2)(ii)',
    title: 'Staff who carry out procedures can reach the documentation',
    area: 'policies',
    severity: 'high',
    obligation: 'required',
    question:
      'Can every staff member responsible for a security procedure readily get the current written policy or ' +
      'procedure, for example in a shared folder, handbook or printed binder?',
    explain:
      'Required. Make the documentation available to the people responsible for carrying out the procedures it ' +
      'covers. Small practices usually keep a shared read-only folder or a binder at the front desk and show new ' +
      'hires where it is during onboarding.',
    rationale: 'A procedure staff cannot find in the moment, such as what to do after a lost phone, will not be followed.',
    remediation:
      'Put current policies in a shared location every responsible staff member can open, point staff to it in ' +
      'onboarding and training, and withdraw outdated copies.',
  },
  {
    id: 'policies.documentation-updates',
    citation: '164.316(b)(2)(iii)',
    title: 'Security documentation is reviewed periodically and updated after changes',
    area: 'policies',
    severity: 'medium',
    obligation: 'required',
    question:
      'Are the security policies and procedures reviewed on a schedule the practice set, and updated when systems, ' +
      'vendors, staff roles or locations change in ways that affect ePHI?',
    explain:
      'Required. Review documentation periodically, and update it as needed in response to environmental or ' +
      'operational changes affecting the security of ePHI. The rule sets no interval: the practice chooses one ' +
      '(yearly is common; the policies.reviewed check holds each policy to it) and also updates after changes.',
    rationale: 'Policies that describe last year\'s systems and staff guide nobody, and an auditor reads them as the practice\'s rules.',
    remediation:
      'Set a review schedule for the security documentation, review it, record the date on each policy, and add ' +
      '"update the policies" to the checklist for new systems, vendors and locations.',
  },
]);
