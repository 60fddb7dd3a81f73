import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const SUBJECT = 'Notice of Privacy Practices on the website';

export default defineCheck({
  meta: {
    id: 'privacy.notice-website',
    title: 'The Notice of Privacy Practices is posted on the practice website',
    area: 'privacy',
    severity: 'medium',
    hipaa: ['164.520(c)(3)(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.520(c)(3)(i): a covered entity that maintains a web site that provides information about the covered entity\'s customer services or benefits must prominently post its notice on the web site and make the notice available electronically through the web site',
    rationale:
      'HIPAA requires a practice with a website about its services to post its Notice of Privacy Practices there, prominently. A med spa\'s site (treatments, prices, online booking) is exactly such a site; a notice only on paper at the front desk does not meet this.',
    remediation:
      'Publish the notice as a page or PDF on the practice website, link it from every page (the footer) and from the booking pages, and set `privacy_notice.website` to its address.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const site = stack.practice.website;
    const endpoints = (stack.endpoints ?? []).length;
    const notice = stack.privacy_notice;
    const posted = notice?.website;
    // A website of the practice's own, any public page it runs (booking, portal, forms), or the page
    // the notice is posted on.
    if (site === undefined && endpoints === 0 && typeof posted !== 'string') return [];
    const context = { practice_website: site ?? null, endpoints };
    if (posted === undefined) {
      return [{
        status: 'manual',
        subject: SUBJECT,
        ...(notice !== undefined ? { path: toPointer('privacy_notice') } : {}),
        message: `The practice has a website${site ? ` (${site})` : ''}, but the stack file does not say where the Notice of Privacy Practices is posted on it: add \`privacy_notice.website\` (the page's address, or null when it is not posted), or answer it with hipaa-hero attest on the stack file (--only privacy.notice-website).`,
        evidence: context,
      }];
    }
    const path = toPointer('privacy_notice', 'website');
    if (posted === null) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path,
        message: `The practice has a website${site ? ` (${site})` : ''}, but the Notice of Privacy Practices is not posted on it.`,
        evidence: { ...context, website: null },
      }];
    }
    return [{
      status: 'pass',
      subject: SUBJECT,
      path,
      message: `The Notice of Privacy Practices is posted on the website at ${posted}, as the stack file says (this check does not fetch the page: whether it is live and prominently linked is a separate, live check).`,
      evidence: { ...context, website: posted },
    }];
  },
});
