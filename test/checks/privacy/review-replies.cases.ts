import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Replies to online reviews';

export default cases([
  {
    name: 'generic replies',
    stack: { marketing: { review_replies: 'generic' } },
    expect: [[SUBJECT, 'pass', /^Replies to online reviews are generic: they never confirm that the reviewer is a patient or mention their care\.$/]],
  },
  {
    name: 'no replies',
    stack: { marketing: { review_replies: 'none' } },
    expect: [[SUBJECT, 'pass', /does not answer reviews, so no reply discloses PHI/]],
  },
  {
    name: 'personal replies',
    stack: { marketing: { review_replies: 'personal', patient_images: false } },
    expect: [[SUBJECT, 'fail', /^Replies to online reviews may confirm that the reviewer is a patient or mention their care: that discloses PHI publicly without the patient's authorization/]],
  },
  {
    name: 'a marketing section that does not say',
    stack: { marketing: { patient_images: false, testimonials: false } },
    expect: [[SUBJECT, 'manual', /set `marketing\.review_replies` \(none, generic or personal\).*--only privacy\.review-replies/]],
  },
  {
    name: 'no marketing section',
    stack: { marketing: undefined },
    expect: [[SUBJECT, 'manual', /does not say how staff reply to online reviews/]],
  },
]);
