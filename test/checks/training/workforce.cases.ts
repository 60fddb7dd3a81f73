import { cases } from '../../helpers/cases.js';

// training.workforce: every staff member has a training date, not in the future. How recent it is,
// against the practice's refresher interval, is training.current.
export default cases([
  {
    name: 'every staff member has been trained',
    expect: [
      ['bcho', 'pass', /^Ben Cho \(bcho\) was trained on 2026-03-02\.$/],
      ['alima', 'pass', /^Ana Lima \(alima\) was trained on 2026-03-02\.$/],
    ],
  },
  {
    name: 'training long ago still counts here (its age is training.current)',
    edit: (s) => {
      s.staff![0]!.trained = '2018-06-01';
      s.schedule = { training_months: 1 };
    },
    expect: [
      ['bcho', 'pass', /trained on 2018-06-01/],
      ['alima', 'pass'],
    ],
  },
  {
    name: 'trained on the audit day counts; trained the day after does not',
    edit: (s) => {
      s.staff![0]!.trained = '2026-11-28';
      s.staff![1]!.trained = '2026-11-29';
    },
    expect: [
      ['bcho', 'pass', /trained on 2026-11-28/],
      ['alima', 'fail', /^Ana Lima \(alima\) has a training date of 2026-11-29, after the audit day 2026-11-28: it cannot count yet\.$/],
    ],
  },
  {
    name: 'never trained: null or no trained date',
    stack: {
      staff: [
        { name: 'Ben Cho', account: 'bcho', role: 'admin', mfa: true, trained: null },
        { name: 'Ana Lima', account: 'alima', role: 'clinician', mfa: true },
        { name: 'Cy Park', account: 'cpark', role: 'clinician', mfa: true, trained: '2026-10-01' },
      ],
    },
    expect: [
      ['bcho', 'fail', /^Ben Cho \(bcho\) has no training on record: no `trained` date is recorded\.$/],
      ['alima', 'fail', /^Ana Lima \(alima\) has no training on record/],
      ['cpark', 'pass'],
    ],
  },
  {
    name: 'a shared login is not a person: not judged, with or without a trained date (access.unique-accounts reports it)',
    edit: (s) => {
      s.staff!.push(
        { name: 'Front desk (shared)', account: 'frontdesk', role: 'clinician', mfa: false, shared: true },
        { name: 'Kiosk (shared)', account: 'kiosk', role: 'clinician', mfa: false, shared: true, trained: '2026-11-29' },
      );
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      [
        'frontdesk',
        'not_applicable',
        /^frontdesk is a shared account, not a person: training is judged for each person who uses it, listed under staff by name; access\.unique-accounts reports the shared login\.$/,
      ],
      ['kiosk', 'not_applicable', /^kiosk is a shared account, not a person/],
    ],
  },
  {
    name: 'shared: false is a person: still judged',
    edit: (s) => {
      s.staff!.push({ name: 'Cy Park', account: 'cpark', role: 'clinician', mfa: true, shared: false });
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['cpark', 'fail', /^Cy Park \(cpark\) has no training on record/],
    ],
  },
  {
    name: 'no staff: nothing to judge',
    stack: { staff: undefined },
    expect: [],
  },
]);
