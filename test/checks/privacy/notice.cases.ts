import type { DocumentFact } from '../../../src/index.js';
import { cases } from '../../helpers/cases.js';

const DOC = 'evidence/notice-of-privacy-practices.pdf';
const notice = { privacy_notice: { document: DOC, posted_in_office: true } };
/** The notice's fact as the gather step gives it (given in full: every case names its own). */
const fact = (f: Omit<DocumentFact, 'path'>) => ({ documents: { [DOC]: { path: DOC, ...f } } });

export default cases([
  {
    name: 'the notice is on file',
    stack: notice,
    facts: fact({ exists: true, kind: 'file', bytes: 100, sha256: 'a'.repeat(64) }),
    expect: [['Notice of Privacy Practices', 'pass', /^The Notice of Privacy Practices evidence\/notice-of-privacy-practices\.pdf is on file\.$/]],
  },
  {
    name: 'the notice file is missing',
    stack: notice,
    facts: fact({ exists: false, kind: 'missing' }),
    expect: [['Notice of Privacy Practices', 'warn', /referenced but not found next to the stack file/]],
  },
  {
    name: 'documents not looked up: not on file (a reference alone proves nothing)',
    stack: notice,
    facts: { documents: {} },
    expect: [['Notice of Privacy Practices', 'warn', /referenced but not found/]],
  },
  {
    name: 'a directory is not a notice on file',
    stack: notice,
    facts: fact({ exists: false, kind: 'directory', error: 'a directory' }),
    expect: [['Notice of Privacy Practices', 'fail', /is not on file: it was not read and hashed \(a directory\)/]],
  },
  {
    name: 'an unreadable notice is unknown, never a pass',
    stack: notice,
    facts: fact({ exists: true, kind: 'unreadable', error: 'EACCES' }),
    expect: [['Notice of Privacy Practices', 'error', /could not be read \(EACCES\)/]],
  },
  {
    name: 'the privacy_notice section names no document',
    stack: { privacy_notice: { posted_in_office: true } },
    expect: [['Notice of Privacy Practices', 'fail', /^No Notice of Privacy Practices is on file: the stack file has no `privacy_notice\.document`\.$/]],
  },
  {
    name: 'no privacy_notice section',
    stack: { privacy_notice: undefined },
    expect: [['Notice of Privacy Practices', 'fail', /No Notice of Privacy Practices is on file/]],
  },
]);
