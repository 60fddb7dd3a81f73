// Replies to online reviews: a reply that confirms the reviewer is a patient discloses PHI.
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { unsaidFinding } from '../../src/engine/flag-finding.js';

const SUBJECT = 'Replies to online reviews';

export default defineCheck({
  meta: {
    id: 'privacy.review-replies',
    title: 'Replies to online reviews never confirm that the reviewer is a patient',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.502(a)'],
    obligation: 'required',
    basis:
      '45 CFR 164.502(a): "A covered entity or business associate may not use or disclose protected health information, except as permitted or required by this subpart or by subpart C of part 160 of this subchapter"; no provision permits disclosing PHI in a public reply without the patient\'s authorization',
    rationale:
      'That someone is a patient of the practice, and what was done, is PHI — even when the reviewer wrote it first. A reply on Google, Yelp, RealSelf or Instagram that says "we\'re sorry your filler appointment ran late" or "as we discussed at your last visit" discloses it to everyone without the patient\'s authorization. HHS\'s Office for Civil Rights has settled cases over replies to online reviews.',
    remediation:
      'Adopt a written rule for review replies: never confirm or deny that the reviewer is a patient, never mention a visit, a treatment or a result, and invite them to call the office instead (e.g. "We take every concern seriously; please call our practice manager at …"). Train whoever answers reviews, including an outside agency, then set `marketing.review_replies: generic` (or `none` if the practice does not reply).',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const marketing = stack.marketing;
    const replies = marketing?.review_replies;
    if (replies === undefined) {
      return [
        unsaidFinding({
          checkId: 'privacy.review-replies',
          subject: SUBJECT,
          section: ['marketing', marketing],
          unsaid: 'how staff reply to online reviews',
          add: 'set `marketing.review_replies` (none, generic or personal)',
        }),
      ];
    }
    const path = toPointer('marketing', 'review_replies');
    const evidence = { review_replies: replies };
    switch (replies) {
      case 'personal':
        return [{
          status: 'fail',
          subject: SUBJECT,
          path,
          message:
            'Replies to online reviews may confirm that the reviewer is a patient or mention their care: that discloses PHI publicly without the patient\'s authorization, even when the reviewer posted it first.',
          evidence,
        }];
      case 'generic':
        return [{ status: 'pass', subject: SUBJECT, path, message: 'Replies to online reviews are generic: they never confirm that the reviewer is a patient or mention their care.', evidence }];
      case 'none':
        return [{ status: 'pass', subject: SUBJECT, path, message: 'Replies to online reviews are not written: the practice does not answer reviews, so no reply discloses PHI.', evidence }];
    }
  },
});
