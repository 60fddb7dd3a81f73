import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'portal messages are encrypted',
    expect: [['Secure portal messages', 'pass', /carries PHI and is encrypted/]],
  },
  {
    name: 'an SMS line that carries PHI, and a newsletter that carries none',
    stack: {
      messaging: [
        { name: 'Secure portal messages', vendor: 'ChartCloud', phi: true, encrypted: true },
        { name: 'Practice SMS line', phi: true, encrypted: false },
        { name: 'Newsletter', phi: false, encrypted: false },
      ],
    },
    expect: [
      ['Secure portal messages', 'pass'],
      ['Practice SMS line', 'fail', /^Practice SMS line carries PHI unencrypted\.$/],
    ],
  },
  {
    name: 'only channels without PHI',
    stack: { messaging: [{ name: 'Newsletter', phi: false, encrypted: false }] },
    expect: [],
  },
  {
    name: 'no messaging section',
    stack: { messaging: undefined },
    expect: [],
  },
]);
