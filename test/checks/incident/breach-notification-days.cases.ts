import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'patients are told within 30 days',
    expect: [['Breach notification deadline', 'pass', /within 30 days/]],
  },
  {
    name: 'exactly 60 days is the limit',
    edit: (s) => {
      s.incident_response!.breach_notification_days = 60;
    },
    expect: [['Breach notification deadline', 'pass']],
  },
  {
    name: '61 days is too late',
    edit: (s) => {
      s.incident_response!.breach_notification_days = 61;
    },
    expect: [['Breach notification deadline', 'fail', /without unreasonable delay and in no case later than 60 calendar days after discovery/]],
  },
  {
    name: 'zero days (same day) passes',
    edit: (s) => {
      s.incident_response!.breach_notification_days = 0;
    },
    expect: [['Breach notification deadline', 'pass', /within 0 days/]],
  },
  {
    name: 'no written commitment',
    edit: (s) => {
      delete s.incident_response!.breach_notification_days;
    },
    expect: [['Breach notification deadline', 'fail', /no written commitment/]],
  },
  {
    name: 'no incident_response section',
    stack: { incident_response: undefined },
    expect: [['Breach notification deadline', 'fail']],
  },
]);
