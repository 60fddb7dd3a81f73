import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'training covers passwords and phishing',
    expect: [['Training program', 'pass', /password management and phishing/]],
  },
  {
    name: 'topics match case-insensitively, as part of a longer name',
    stack: { training: { topics: ['Password Managers', 'Spotting PHISHING emails'] } },
    expect: [['Training program', 'pass']],
  },
  {
    name: 'phishing missing',
    stack: { training: { topics: ['hipaa-basics', 'passwords'] } },
    expect: [['Training program', 'fail', /does not cover phishing\.$/]],
  },
  {
    name: 'passwords missing',
    stack: { training: { topics: ['phishing'] } },
    expect: [['Training program', 'fail', /does not cover password management\.$/]],
  },
  {
    name: 'both missing',
    stack: { training: { topics: [] } },
    expect: [['Training program', 'fail', /does not cover password management or phishing/]],
  },
  {
    name: 'training section without topics',
    stack: { training: { interval_months: 12 } },
    expect: [['Training program', 'fail', /no `training.topics`/]],
  },
  {
    name: 'no training section',
    stack: { training: undefined },
    expect: [['Training program', 'fail', /lists no topics/]],
  },
]);
