import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the cloud EHR, the portal messages and the booking site are encrypted; the workstation is not listed',
    expect: [
      ['ChartCloud EHR', 'pass', /^ChartCloud EHR \(cloud\) holds PHI and is reached only over encrypted connections\.$/],
      ['Secure portal messages', 'pass', /^Secure portal messages carries PHI and is encrypted\.$/],
      ['https://book.clearskin.example', 'pass', /^https:\/\/book\.clearskin\.example \(Booking site\) handles PHI and is served over HTTPS\.$/],
    ],
  },
  {
    name: 'a cloud store declared unencrypted, and a server with no declaration',
    edit: (s) => {
      s.data_stores![0]!.encryption!.in_transit = false;
      s.data_stores!.push({ name: 'Office server', type: 'server', phi: true });
    },
    expect: [
      ['ChartCloud EHR', 'fail', /^ChartCloud EHR \(cloud\) holds PHI but is declared reachable over unencrypted connections; under the proposal a documented alternative would no longer suffice\.$/],
      ['Office server', 'fail', /^Office server \(server\) holds PHI but has no encryption in transit declared \(`encryption\.in_transit`\)/],
      ['Secure portal messages', 'pass'],
      ['https://book.clearskin.example', 'pass'],
    ],
  },
  {
    name: 'an encryption block without in_transit',
    edit: (s) => {
      delete s.data_stores![0]!.encryption!.in_transit;
    },
    expect: [
      ['ChartCloud EHR', 'fail', /no encryption in transit declared/],
      ['Secure portal messages', 'pass'],
      ['https://book.clearskin.example', 'pass'],
    ],
  },
  {
    name: 'workstations, phones and drives, and stores without PHI, are not listed',
    edit: (s) => {
      s.data_stores![1]!.encryption!.in_transit = false;
      s.data_stores!.push(
        { name: 'Front desk iPad', type: 'mobile', phi: true },
        { name: 'USB stick', type: 'removable', phi: true, encryption: { at_rest: true, in_transit: false } },
        { name: 'Marketing cloud', type: 'cloud', phi: false, encryption: { in_transit: false } },
      );
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Secure portal messages', 'pass'],
      ['https://book.clearskin.example', 'pass'],
    ],
  },
  {
    name: 'an unencrypted PHI channel fails even with patient consent; channels without PHI are not listed',
    edit: (s) => {
      s.messaging!.push(
        { name: 'Clinic SMS', phi: true, encrypted: false, patients: true },
        { name: 'Marketing email', phi: false, encrypted: false },
      );
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Secure portal messages', 'pass'],
      ['Clinic SMS', 'fail', /^Clinic SMS carries PHI unencrypted; under the proposal a documented alternative would no longer suffice\.$/],
      ['https://book.clearskin.example', 'pass'],
    ],
  },
  {
    name: 'a PHI endpoint on plain HTTP fails; an HTTP endpoint without PHI is not listed',
    stack: {
      endpoints: [
        { url: 'http://forms.clearskin.example', phi: true },
        { url: 'http://clearskin.example', name: 'Brochure site', phi: false },
      ],
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Secure portal messages', 'pass'],
      ['http://forms.clearskin.example', 'fail', /^http:\/\/forms\.clearskin\.example handles PHI but is not served over HTTPS; under the proposal a documented alternative would no longer suffice\.$/],
    ],
  },
  {
    name: 'no data_stores, messaging or endpoints sections: nothing to judge',
    stack: { data_stores: undefined, backups: undefined, messaging: undefined, endpoints: undefined },
    expect: [],
  },
]);
