import type { Stack } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Security policies and procedures';
const NONE = /^No written policy covers information security \(a policy with `covers: \[security\]`\)\.$/;
const withoutSecurity = (s: Stack) => {
  s.policies = s.policies!.filter((p) => !p.covers.includes('security'));
};

export default cases([
  {
    name: 'a security policy is adopted',
    expect: [[SUBJECT, 'pass', /^The policy "Information security" covers the Security Rule's policies and procedures\.$/]],
  },
  {
    name: 'information-security counts too',
    edit: (s) => {
      s.policies![2]!.covers = ['information-security'];
    },
    expect: [[SUBJECT, 'pass', /"Information security" covers the Security Rule's policies/]],
  },
  {
    name: 'topics match in any case and spacing',
    edit: (s) => {
      s.policies![2]!.covers = [' Information-Security '];
    },
    expect: [[SUBJECT, 'pass', /"Information security"/]],
  },
  {
    name: 'security covered inside a broader manual',
    stack: { policies: [{ name: 'Compliance manual', covers: ['use', 'disclosure', 'authorization', 'breach-notification', 'SECURITY'], adopted: '2026-01-01' }] },
    expect: [[SUBJECT, 'pass', /"Compliance manual"/]],
  },
  {
    name: 'the first policy that covers security is named',
    edit: (s) => {
      s.policies!.push({ name: 'Device security', covers: ['security'], adopted: '2026-02-01' });
    },
    expect: [[SUBJECT, 'pass', /"Information security"/]],
  },
  {
    name: 'no policy covers security',
    edit: withoutSecurity,
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'topics that only mention security do not count',
    edit: (s) => {
      s.policies![2]!.covers = ['security-incident', 'cybersecurity', 'physical security'];
    },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'a policy named for security without the topic does not count',
    edit: (s) => {
      s.policies![2]!.covers = ['passwords', 'devices'];
    },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'no policies section',
    stack: { policies: undefined },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'an empty policies list',
    stack: { policies: [] },
    expect: [[SUBJECT, 'fail', NONE]],
  },
]);
