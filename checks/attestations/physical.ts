// Attestation items for the physical safeguards (45 CFR 164.310) that no file or probe can prove.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'physical.facility-access',
    citation: '164.310(a)(1)',
    title: 'Physical access to PHI systems and the premises is limited to authorized people',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Are rooms and equipment with PHI (front desk, treatment rooms, network closet, file cabinets) protected by ' +
      'locks and controlled keys or codes so only authorized people can reach them?',
    explain:
      'Required standard. You must limit physical access to your electronic information systems and the facility ' +
      'housing them, while letting authorized people in. In a med spa this means locked back-office and network ' +
      'areas, controlled keys and door codes, and screens and files out of patients\' reach.',
    rationale:
      'Laptops, tablets and paper files taken from unsecured rooms are a long-standing source of reported breaches ' +
      'at small practices.',
    remediation:
      'Lock rooms and cabinets that hold PHI equipment or records, keep a list of who has keys and codes, and move ' +
      'screens and devices out of public reach.',
  },
  {
    id: 'physical.contingency-operations',
    citation: '164.310(a)(2)(i)',
    title: 'Facility access in an emergency supports restoring data and operations',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Do your emergency procedures say who may enter the premises, and how, to restore data and run emergency ' +
      'mode, for example after hours or when the alarm or door system fails?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You need ' +
      'procedures that allow facility access to support restoring lost data under the disaster recovery and ' +
      'emergency mode plans. Small practices usually name who holds emergency keys and alarm codes and how an IT ' +
      'technician is let in.',
    rationale:
      'In an emergency the right people must get in to recover systems, without the doors being left open to ' +
      'everyone else.',
    remediation:
      'Add to the contingency plan who may enter during an emergency, where emergency keys and codes are kept, and ' +
      'how outside technicians are admitted and supervised.',
  },
  {
    id: 'physical.facility-security-plan',
    citation: '164.310(a)(2)(ii)',
    title: 'A written facility security plan protects the premises and equipment',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is there a written facility security plan covering locks, alarm, key and badge control and who may enter ' +
      'rooms with PHI systems?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should have ' +
      'policies to protect the facility and its equipment from unauthorized physical access, tampering and theft. ' +
      'For a small med spa a one- or two-page plan covering locks, alarm, cameras if any, keys and after-hours ' +
      'rules is usually enough.',
    rationale:
      'A written plan makes physical protection consistent across staff, shifts and locations instead of relying ' +
      'on habit.',
    remediation:
      'Write a short facility security plan (locks, alarm, key and code holders, opening and closing routine, ' +
      'visitor rules), keep it with your policies and review it when the premises change.',
  },
  {
    id: 'physical.access-validation',
    citation: '164.310(a)(2)(iii)',
    title: 'Access to the premises is controlled and validated by role, visitors included',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is access to PHI areas based on each person\'s role, are visitors and vendor technicians signed in and ' +
      'escorted, and is access to software for testing and changes controlled?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should ' +
      'control and validate access to facilities by role or function, including visitor control and control of ' +
      'access to software for testing and revision. Small practices usually keep a visitor log with an escort rule ' +
      'and limit admin rights to the owner and IT vendor.',
    rationale:
      'Role-based access and visitor control stop patients, guests and contractors from wandering into areas where ' +
      'PHI is exposed.',
    remediation:
      'Define which roles may enter which areas, start a visitor and vendor sign-in log with an escort rule, and ' +
      'limit who can install or change software on PHI devices.',
  },
  {
    id: 'physical.maintenance-records',
    citation: '164.310(a)(2)(iv)',
    title: 'Security-related repairs and changes to the premises are recorded',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is there a log of repairs and changes to security-related parts of the premises, such as locks, door codes, ' +
      'keys, alarm and cameras, with the date, work done and who did it?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should ' +
      'document repairs and modifications to the physical parts of a facility that relate to security, such as ' +
      'hardware, walls, doors and locks. Small practices usually keep a simple maintenance log, including each ' +
      're-key and code change.',
    rationale:
      'A maintenance record shows when a lock or alarm was weak or changed, which matters when investigating theft ' +
      'or unexplained access.',
    remediation:
      'Start a maintenance log for locks, keys, door codes, alarm and cameras, and record every repair, re-key or ' +
      'code change with the date, vendor and reason.',
  },
  {
    id: 'physical.workstation-use',
    citation: '164.310(b)',
    title: 'Written rules say how and where workstations with PHI may be used',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there written rules for computers and tablets that access PHI: permitted uses, screens placed away from ' +
      'patients, locking when away, and use off site or on home Wi-Fi?',
    explain:
      'Required. You must specify the proper functions of workstations that access ePHI, how those functions are ' +
      'performed, and the physical surroundings of those workstations. A med spa usually covers front-desk screens ' +
      'facing away from the waiting area, shared tablets in treatment rooms and laptops used at home.',
    rationale: 'Screens visible to patients and devices used for personal browsing are common, avoidable ways PHI is exposed.',
    remediation:
      'Write a workstation use policy (business use only, screen placement, lock when away, rules for home and ' +
      'public Wi-Fi), train staff on it and have them sign it.',
  },
  {
    id: 'physical.workstation-security',
    citation: '164.310(c)',
    title: 'Workstations that access PHI are physically secured to authorized users',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Is every device that accesses PHI (desktops, laptops, tablets, phones) physically secured, such as locked ' +
      'rooms, cable locks or locked storage overnight, so only authorized users can use it?',
    explain:
      'Required. You must put physical safeguards on all workstations that access ePHI to restrict access to ' +
      'authorized users. In a med spa this covers front-desk PCs, injector laptops and shared tablets: keep them ' +
      'in locked rooms or drawers after hours and out of patients\' reach during the day.',
    rationale:
      'A portable device left in a treatment room or car can be taken in seconds, with whatever PHI is stored on ' +
      'it or signed in.',
    remediation:
      'List every device that accesses PHI, secure each one (locked room, cable lock or locked cabinet after ' +
      'hours), and add a closing routine that checks devices are put away.',
  },
  {
    id: 'physical.device-media-controls',
    citation: '164.310(d)(1)',
    title: 'Hardware and media with ePHI are controlled as they enter, move and leave',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there written policies for how computers, phones, drives and other media holding ePHI are received, ' +
      'moved within the practice and removed from it (including disposal and re-use)?',
    explain:
      'Required standard. You must have policies and procedures that govern the receipt and removal of hardware and ' +
      'electronic media containing ePHI into and out of the facility, and their movement within it. Its parts are ' +
      'disposal, media re-use, accountability and backup before moving equipment.',
    rationale: 'Devices that come and go without a rule are how PHI ends up on a resold laptop or a lost USB drive.',
    remediation:
      'Write a device and media policy (issuing, moving, taking off site, returning, wiping and disposing) and keep ' +
      'it with the other security policies.',
  },
  {
    id: 'physical.backup-before-move',
    citation: '164.310(d)(2)(iv)',
    title: 'An exact copy of ePHI is made before equipment is moved',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Before equipment holding ePHI is moved (an office move, a repair, a swap), is a retrievable exact copy of ' +
      'the ePHI on it made when needed?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. The rule asks you ' +
      'to create a retrievable, exact copy of ePHI, when needed, before moving equipment. With cloud systems this ' +
      'mostly concerns local PCs, photo devices and servers.',
    rationale: 'A device dropped, lost or wiped in a move or a repair takes any PHI that exists only on it with it.',
    remediation:
      'Add "back up first" to the steps for moving, repairing or replacing equipment, and check the copy opens ' +
      'before the device leaves.',
  },
  {
    id: 'physical.media-disposal',
    citation: '164.310(d)(2)(i)',
    title: 'PHI on old devices and media is destroyed before disposal',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Are old computers, tablets, phones, drives, USB sticks and copiers or printers with storage wiped or ' +
      'destroyed before disposal, with a certificate or log entry for each item?',
    explain:
      'Required. You must have policies for the final disposition of ePHI and of the hardware or media it is ' +
      'stored on. Small practices usually use a certified e-waste or shredding vendor that returns a certificate ' +
      'of destruction, or securely wipe devices before recycling.',
    rationale:
      'Discarded devices, and copiers with internal drives, can still hold readable patient records long after ' +
      'they leave the building.',
    remediation:
      'Adopt a disposal procedure, use a vendor that provides certificates of destruction (or wipe to a recognized ' +
      'method such as NIST SP 800-88), and log each item disposed of.',
  },
  {
    id: 'physical.media-reuse',
    citation: '164.310(d)(2)(ii)',
    title: 'PHI is removed from devices and media before they are reused',
    area: 'physical',
    severity: 'high',
    obligation: 'required',
    question:
      'Before a device or storage medium is reassigned to another person, returned to a vendor or reused, is the ' +
      'PHI on it securely erased and the step recorded?',
    explain:
      'Required. You must remove ePHI from electronic media before the media is made available for re-use. In a ' +
      'med spa this comes up when a laptop or tablet passes to a new employee, a leased device goes back, or a USB ' +
      'drive is repurposed: wipe or reset it first.',
    rationale:
      'A reassigned device with old data or signed-in sessions gives the next user, or the next owner, access they ' +
      'should not have.',
    remediation:
      'Add a wipe-and-reset step to reassigning, returning or reusing any device or drive, and record the device, ' +
      'date and who did it.',
  },
  {
    id: 'physical.media-accountability',
    citation: '164.310(d)(2)(iii)',
    title: 'Movements of PHI hardware and media, and who holds them, are recorded',
    area: 'physical',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is there an up-to-date inventory of devices and media holding PHI that records who has each one and when it ' +
      'moves (issued, taken off site, repaired, returned)?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should keep ' +
      'a record of the movements of hardware and electronic media and of the person responsible for them. Small ' +
      'practices usually keep a device inventory spreadsheet with the assigned user, location and dates issued or ' +
      'returned.',
    rationale:
      'Without a record a missing laptop or drive may go unnoticed, and a loss cannot be assessed if nobody knows ' +
      'what the device held.',
    remediation:
      'Create a device and media inventory (item, serial number, assigned person, location, whether it stores ' +
      'PHI), update it when items move, and check it against reality regularly.',
  },
]);
