import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Notice of Privacy Practices on the website';

export default cases([
  {
    name: 'the notice is posted on the practice website',
    stack: { privacy_notice: { website: 'https://clearskin.example/privacy' } },
    expect: [[SUBJECT, 'pass', /posted on the website at https:\/\/clearskin\.example\/privacy, as the stack file says \(this check does not fetch the page/]],
  },
  {
    name: 'the practice has a website, but the notice is not posted on it',
    stack: { privacy_notice: { website: null } },
    expect: [[SUBJECT, 'fail', /^The practice has a website \(https:\/\/clearskin\.example\), but the Notice of Privacy Practices is not posted on it\.$/]],
  },
  {
    name: 'no practice website, but a booking site: still a website, and the notice is not posted',
    edit: (s) => {
      delete s.practice.website;
      s.privacy_notice = { website: null };
    },
    expect: [[SUBJECT, 'fail', /^The practice has a website, but/]],
  },
  {
    name: 'the stack file does not say where the notice is posted',
    stack: { privacy_notice: { posted_in_office: true } },
    expect: [[SUBJECT, 'manual', /add `privacy_notice\.website`.*--only privacy\.notice-website/]],
  },
  {
    name: 'no privacy_notice section',
    stack: { privacy_notice: undefined },
    expect: [[SUBJECT, 'manual', /does not say where the Notice of Privacy Practices is posted/]],
  },
  {
    name: 'no website and no public endpoints: not applicable',
    stack: { endpoints: undefined, privacy_notice: { website: null } },
    edit: (s) => {
      delete s.practice.website;
    },
    expect: [],
  },
  {
    name: 'a notice page is given although no website is listed: the page is the website',
    stack: { endpoints: undefined, privacy_notice: { website: 'https://clearskin.example/privacy' } },
    edit: (s) => {
      delete s.practice.website;
    },
    expect: [[SUBJECT, 'pass', /^The Notice of Privacy Practices is posted on the website at https:\/\/clearskin\.example\/privacy, /]],
  },
]);
