import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a newsletter service declared as handling PHI',
    edit: (s) => {
      s.vendors!.push({ name: 'Klaviyo', service: 'Patient newsletter', phi: true, baa: { signed: '2026-01-05' } });
      s.marketing = { lists: ['Klaviyo'] };
    },
    expect: [['Klaviyo', 'pass', /^Klaviyo holds the practice's patient list and is declared as handling PHI; vendors\.baa-signed judges its BAA\.$/]],
  },
  {
    name: 'Mailchimp holds the patient list but is declared as handling no PHI',
    edit: (s) => {
      s.vendors!.push({ name: 'Mailchimp', service: 'Newsletter', phi: false }, { name: 'Klaviyo', phi: true, baa: { signed: '2026-01-05' } });
      s.marketing = { lists: ['Mailchimp', 'Klaviyo'] };
    },
    expect: [
      ['Mailchimp', 'fail', /^Mailchimp holds the practice's patient list, and a list of a med spa's patients shows who is a patient: that is PHI, so Mailchimp handles PHI — set `phi: true` and get a signed BAA, or keep patient lists out of it\.$/],
      ['Klaviyo', 'pass'],
    ],
  },
  {
    name: 'no patient lists',
    edit: (s) => {
      s.vendors!.push({ name: 'Mailchimp', phi: false });
      s.marketing = { lists: [] };
    },
    expect: [],
  },
  { name: 'no marketing section', expect: [] },
]);
