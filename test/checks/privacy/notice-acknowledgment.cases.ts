import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Acknowledgment of the notice';

export default cases([
  {
    name: 'a written acknowledgment is sought at the first visit',
    stack: { privacy_notice: { acknowledgment: true } },
    expect: [[SUBJECT, 'pass', /asked to acknowledge .* in writing at the first visit, and the reason is documented when they do not/]],
  },
  {
    name: 'no acknowledgment is sought',
    stack: { privacy_notice: { acknowledgment: false } },
    expect: [[SUBJECT, 'fail', /No good-faith effort is made to get patients' written acknowledgment/]],
  },
  {
    name: 'the privacy_notice section does not say',
    stack: { privacy_notice: { posted_in_office: true } },
    expect: [[SUBJECT, 'manual', /add `privacy_notice\.acknowledgment: true\|false`.*--only privacy\.notice-acknowledgment/]],
  },
  {
    name: 'no privacy_notice section',
    stack: { privacy_notice: undefined },
    expect: [[SUBJECT, 'manual', /does not say whether a written acknowledgment/]],
  },
]);
