// Attestation items for the Breach Notification Rule (45 CFR 164.400-164.414): assessment, notices, vendor notice.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'incident.breach-assessment',
    citation: '164.402',
    title: 'Possible breaches are assessed and documented with the four-factor test',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'When PHI may have been improperly used or disclosed, do you treat it as a breach unless a documented ' +
      'assessment of the four factors shows a low probability of compromise?',
    explain:
      'An impermissible use or disclosure of PHI is presumed a breach unless a documented risk assessment shows a ' +
      'low probability the PHI was compromised, weighing at least: the nature and extent of the PHI, who received ' +
      'it, whether it was actually acquired or viewed, and how far the risk was mitigated.',
    rationale: 'Without a documented assessment every incident is presumed a breach, with notice deadlines already running.',
    remediation:
      'Adopt a four-factor breach assessment form, have the privacy officer complete it for every incident, and ' +
      'keep the completed forms with the incident log.',
  },
  {
    id: 'incident.notice-content',
    citation: '164.404(c)',
    title: 'Breach notices to patients contain every required element',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Does your plain-language breach notice template cover what happened with its dates, the types of PHI ' +
      'involved, steps patients should take, what you are doing, and how to contact you?',
    explain:
      'Required. Notices to affected individuals must be in plain language and include: a brief description of ' +
      'what happened, with the breach and discovery dates; the types of PHI involved; steps individuals should ' +
      'take to protect themselves; what the practice is doing to investigate, mitigate and prevent it recurring; ' +
      'and contact procedures.',
    rationale: 'An incomplete notice may not meet the rule and leaves patients unable to protect themselves.',
    remediation:
      'Prepare a plain-language notice template with all five elements, including contact procedures (a toll-free ' +
      'number, email address, website or postal address), before you need it.',
  },
  {
    id: 'incident.notice-methods',
    citation: '164.404(d)',
    title: 'Breach notices go out by the permitted methods, with substitute notice',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Does your breach plan send written notice by first-class mail (or email where the patient agreed) and set ' +
      'out substitute notice for patients whose contact details are out of date?',
    explain:
      'Required. Notify individuals in writing by first-class mail to the last known address, or by email if they ' +
      'agreed to electronic notice. If contact details are insufficient, give substitute notice; when 10 or more ' +
      'people cannot be reached, that means a 90-day website posting or major media notice, plus a toll-free ' +
      'number.',
    rationale: 'Notice that never reaches patients, or uses a method the rule does not allow, may not count as notice at all.',
    remediation:
      'Add the notice methods to the incident plan, keep mailing addresses and email consent current in the ' +
      'booking system, and plan the substitute notice steps in advance.',
  },
  {
    id: 'incident.media-notice',
    citation: '164.406',
    title: 'Breaches affecting over 500 residents of a state trigger media notice',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Does your breach plan require notice to prominent media outlets when a breach affects more than 500 ' +
      'residents of a state or jurisdiction, within 60 days of discovery?',
    explain:
      'Required. When a breach involves more than 500 residents of a State or jurisdiction, notify prominent media ' +
      'outlets serving it without unreasonable delay and no later than 60 calendar days after discovery. This is ' +
      'rare for a single med spa, but a breach of its booking system could reach that size.',
    rationale: 'Media notice is mandatory at that size, and missing it adds a separate violation to the breach itself.',
    remediation:
      'Add the over-500-residents trigger and media notice steps to the incident plan, with a press release ' +
      'template and the local outlets to contact.',
  },
  {
    id: 'incident.hhs-notice',
    citation: '164.408',
    title: 'Breaches of unsecured PHI are reported to HHS',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Does your breach plan require reporting every breach of unsecured PHI to HHS through the HHS breach portal, ' +
      'on the deadline that fits the breach\'s size?',
    explain:
      'Required. After discovering a breach of unsecured PHI you must notify the Secretary of HHS, whatever its ' +
      'size. Breaches of 500 or more individuals are reported at the same time as the notices to patients; smaller ' +
      'ones are logged and reported within 60 days after the end of the calendar year.',
    rationale: 'HHS notice is required for every breach, however small, and a missed report is a separate violation.',
    remediation:
      'Name who files HHS breach reports, note the HHS breach portal in the incident plan, and add both size-based ' +
      'deadlines to it.',
  },
  {
    id: 'incident.hhs-notice-large',
    citation: '164.408(b)',
    title: 'Breaches of 500 or more are reported to HHS along with patient notices',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'For a breach affecting 500 or more people, does your plan report it to HHS contemporaneously with patient ' +
      'notices, within 60 days of discovery, in the manner HHS specifies?',
    explain:
      'Required. For a breach involving 500 or more individuals, notify HHS contemporaneously with the notices to ' +
      'individuals, so without unreasonable delay and no later than 60 calendar days after discovery, in the ' +
      'manner HHS specifies on its website (the online breach portal).',
    rationale: 'HHS publishes large breaches, and a late report adds to the practice\'s exposure.',
    remediation:
      'Add a step to the incident plan to file the HHS portal report when patient notices go out, and keep the ' +
      'filing confirmation with the incident record.',
  },
  {
    id: 'incident.hhs-breach-log',
    citation: '164.408(c)',
    title: 'Breaches under 500 are logged and reported to HHS each year',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Do you keep a log of breaches affecting fewer than 500 people and report each year\'s breaches to HHS no ' +
      'later than 60 days after the end of that calendar year?',
    explain:
      'Required. For breaches involving fewer than 500 individuals, keep a log and report the breaches discovered ' +
      'during the calendar year to HHS no later than 60 days after the end of that year. Small incidents such as a ' +
      'misdirected email or text often land here.',
    rationale:
      'Small breaches are the kind a med spa is most likely to have, and they are easy to forget by the end of the ' +
      'year.',
    remediation:
      'Keep a breach log (date discovered, number affected, what happened, notices sent), and set a January ' +
      'calendar reminder to file the annual HHS report.',
  },
  {
    id: 'incident.business-associate-notice',
    citation: '164.410',
    title: 'Vendors must tell the practice about breaches they discover',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Does every BAA require the vendor to notify you after it discovers a breach of unsecured PHI, and does each ' +
      'vendor have a current contact at the practice for such notices?',
    explain:
      'Required of business associates: a vendor that discovers a breach of unsecured PHI must notify the ' +
      'practice, which then notifies patients and HHS. Check that each BAA states this duty and that each vendor ' +
      'has a current, monitored contact at the practice for breach notices.',
    rationale:
      'Much of a med spa\'s ePHI sits with cloud vendors, so their breaches become the practice\'s breaches to ' +
      'report.',
    remediation:
      'Confirm each BAA requires breach notice to the practice, give every vendor a monitored contact for security ' +
      'notices, and ask vendors missing the clause for an updated BAA.',
  },
  {
    id: 'incident.ba-notice-timeliness',
    citation: '164.410(b)',
    title: 'Vendors must give breach notice without delay, within 60 days at most',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Do your BAAs require vendors to notify you of a breach without unreasonable delay and no later than 60 ' +
      'calendar days after discovery, or within a shorter period the contract sets?',
    explain:
      'Required. A business associate must notify the covered entity without unreasonable delay and no later than ' +
      '60 calendar days after discovering a breach. A BAA may set a shorter period; many practices ask for a few ' +
      'business days so they have time to meet their own deadlines to patients.',
    rationale:
      'If a vendor uses its full 60 days, the practice may be left with little or no time to investigate and ' +
      'notify patients.',
    remediation:
      'Ask vendors to agree to a shorter notice period in the BAA (for example 5 to 10 business days), and at ' +
      'minimum confirm the 60-day outer limit is stated.',
  },
  {
    id: 'incident.ba-notice-content',
    citation: '164.410(c)',
    title: 'Vendor breach notices identify affected patients and give needed details',
    area: 'incident',
    severity: 'high',
    obligation: 'required',
    question:
      'Do your BAAs require the vendor\'s breach notice to identify each affected individual, as far as possible, ' +
      'and give the information you need for your own patient notices?',
    explain:
      'Required. The vendor\'s notice must identify each individual affected, to the extent possible, and give the ' +
      'other available information the practice needs for its notices to patients, at the time of notice or ' +
      'promptly as it becomes available.',
    rationale:
      'Without names and details from the vendor, the practice cannot send complete notices to the right patients ' +
      'on time.',
    remediation:
      'Check that each BAA spells out the notice content (affected individuals, what happened, types of PHI, ' +
      'dates), and request an addendum where it does not.',
  },
]);
