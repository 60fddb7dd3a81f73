import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the booking site is served over HTTPS',
    expect: [['https://book.clearskin.example', 'pass', /Booking site\) is served over HTTPS/]],
  },
  {
    name: 'plain HTTP fails with PHI, warns without; HTTPS without PHI passes',
    stack: {
      endpoints: [
        { url: 'http://portal.clearskin.example', name: 'Patient portal', phi: true },
        { url: 'http://clearskin.example:8080/about', phi: false },
        { url: 'https://clearskin.example', name: 'Website', phi: false },
      ],
    },
    expect: [
      ['http://portal.clearskin.example', 'fail', /handles PHI but is served over plain HTTP/],
      ['http://clearskin.example:8080/about', 'warn', /carries no PHI/],
      ['https://clearskin.example', 'pass'],
    ],
  },
  {
    name: 'the scheme is judged case-insensitively',
    stack: { endpoints: [{ url: 'HTTPS://Book.ClearSkin.example', phi: true }, { url: 'HTTP://old.clearskin.example', phi: true }] },
    expect: [
      ['HTTPS://Book.ClearSkin.example', 'pass'],
      ['HTTP://old.clearskin.example', 'fail'],
    ],
  },
  {
    name: 'no endpoints section: nothing to judge',
    stack: { endpoints: undefined },
    expect: [],
  },
  {
    name: 'an empty endpoint list: nothing to judge',
    stack: { endpoints: [] },
    expect: [],
  },
]);
