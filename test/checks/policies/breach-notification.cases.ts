import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a breach notification policy is adopted',
    expect: [['Breach notification policy', 'pass', /"Breach notification" covers breach notification/]],
  },
  {
    name: 'breach notification covered inside a broader policy',
    stack: {
      policies: [{ name: 'Privacy manual', covers: ['use', 'disclosure', 'patient-consent', 'breach-notification'], adopted: '2026-01-01' }],
    },
    expect: [['Breach notification policy', 'pass', /"Privacy manual"/]],
  },
  {
    name: 'no policy covers breach notification',
    edit: (s) => {
      s.policies = s.policies!.filter((p) => !p.covers.includes('breach-notification'));
    },
    expect: [['Breach notification policy', 'fail', /No written policy covers breach notification/]],
  },
  {
    name: 'no policies section',
    stack: { policies: undefined },
    expect: [['Breach notification policy', 'fail']],
  },
]);
