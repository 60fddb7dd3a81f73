import { cases } from '../../helpers/cases.js';

const SUBJECT = 'State breach-notice deadline';

export default cases([
  {
    name: 'no states stated: the deadline cannot be applied, a person must say where the practice works',
    expect: [[SUBJECT, 'manual', /does not say where the practice works \(`practice\.states`/]],
  },
  {
    name: 'Colorado (30 days) with a 30-day commitment passes and names the statute',
    edit: (s) => {
      s.practice.states = ['CO'];
      s.incident_response!.breach_notification_days = 30;
    },
    expect: [[SUBJECT, 'pass', /within the 30 days that Colorado's statute \(Colo\. Rev\. Stat\. § 6-1-716\(2\)\) sets\.$/]],
  },
  {
    name: 'a 45-day commitment fails in Colorado though HIPAA allows 60',
    edit: (s) => {
      s.practice.states = ['CO'];
      s.incident_response!.breach_notification_days = 45;
    },
    expect: [[SUBJECT, 'fail', /within 45 days of a breach, but Colorado's statute \(Colo\. Rev\. Stat\. § 6-1-716\(2\)\) sets 30 days from determination/]],
  },
  {
    name: 'the shortest deadline among several states applies, and the message says which',
    edit: (s) => {
      s.practice.states = ['TX', 'OH', 'CO'];
      s.incident_response!.breach_notification_days = 40;
    },
    expect: [[SUBJECT, 'fail', /Colorado's statute .* sets 30 days .*, the shortest among TX, OH, CO\./]],
  },
  {
    name: 'a state at 60 days binds no sooner than HIPAA: 60 passes in Texas',
    edit: (s) => {
      s.practice.states = ['TX'];
      s.incident_response!.breach_notification_days = 60;
    },
    expect: [[SUBJECT, 'pass', /Texas's statute/]],
  },
  {
    name: 'a state without a row is not judged as having no deadline',
    edit: (s) => {
      s.practice.states = ['GA'];
    },
    expect: [[SUBJECT, 'not_applicable', /no day count for GA; that is not the same as the state having no deadline/]],
  },
  {
    name: 'a state left out of the file says why',
    edit: (s) => {
      s.practice.states = ['PA'];
    },
    expect: [[SUBJECT, 'not_applicable', /PA: the sources disagree or give no day count/]],
  },
  {
    name: 'no written commitment fails with the state rule named',
    edit: (s) => {
      s.practice.states = ['WA'];
      delete s.incident_response!.breach_notification_days;
    },
    expect: [[SUBJECT, 'fail', /no written commitment .* Washington's statute/]],
  },
  {
    name: 'a California practice is told about the clinic rule the file does not model',
    edit: (s) => {
      s.practice.states = ['CA'];
      s.incident_response!.breach_notification_days = 30;
    },
    expect: [[SUBJECT, 'pass', /California's statute/]],
  },
  {
    name: 'California with 45 days fails and carries the note on licensed clinics',
    edit: (s) => {
      s.practice.states = ['CA'];
      s.incident_response!.breach_notification_days = 45;
    },
    expect: [[SUBJECT, 'fail', /Note: .*1280\.15/]],
  },
]);
