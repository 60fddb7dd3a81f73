import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Notice of Privacy Practices in the office';

export default cases([
  {
    name: 'the notice is posted in the office',
    stack: { privacy_notice: { posted_in_office: true } },
    expect: [[SUBJECT, 'pass', /posted in the office, with copies clients can take/]],
  },
  {
    name: 'the notice is not posted in the office',
    stack: { privacy_notice: { posted_in_office: false } },
    expect: [[SUBJECT, 'fail', /is not posted in the office/]],
  },
  {
    name: 'the privacy_notice section does not say',
    stack: { privacy_notice: { acknowledgment: true } },
    expect: [[SUBJECT, 'manual', /add `privacy_notice\.posted_in_office: true\|false`.*--only privacy\.notice-office/]],
  },
  {
    name: 'no privacy_notice section',
    stack: { privacy_notice: undefined },
    expect: [[SUBJECT, 'manual', /does not say whether the Notice of Privacy Practices is posted in the office/]],
  },
]);
