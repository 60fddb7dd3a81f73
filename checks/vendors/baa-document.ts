import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'vendors.baa-document',
    title: 'The signed BAA of every vendor that handles PHI is on file',
    area: 'vendors',
    severity: 'low',
    hipaa: ['164.308(b)(3)', '164.316(b)(2)(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(b)(3): document the satisfactory assurances through a written contract; 164.316(b)(2)(i): keep the documentation for six years',
    rationale:
      'HIPAA requires the business associate contract to be written and the documentation kept; a BAA that is not referenced, or that the stack file points to but cannot be found, cannot be shown to an auditor. Missing paperwork is a finding, never "not applicable".',
    remediation:
      'Save the signed BAA next to the stack file and give its path in `vendors[].baa.document` (relative to the stack file), or correct the path.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      const document = vendor.baa?.document;
      if (!document) {
        // A vendor with PHI and a signed BAA whose copy is not referenced: documenting less must not look better.
        if (!vendor.phi || !vendor.baa?.signed) return [];
        return [{
          status: 'warn',
          subject: vendor.name,
          path: toPointer('vendors', i, 'baa'),
          message: `${vendor.name}'s BAA is recorded as signed on ${vendor.baa.signed}, but no copy is referenced: give the signed document's path in \`baa.document\`.`,
          evidence: { signed: vendor.baa.signed, document: null },
        }];
      }
      const fact = facts.documents[document];
      if (!fact) return [];
      const path = toPointer('vendors', i, 'baa', 'document');
      const kind = fact.kind ?? (fact.exists ? 'file' : 'missing');
      const named = `${vendor.name}'s BAA document ${document}`;
      // On file means read and hashed: a directory, a device or a path that was not followed is not a document.
      // (Its SHA-256 is in the report's stack.documents.)
      if (kind === 'file' && fact.sha256 !== undefined && fact.error === undefined) {
        return [{ status: 'pass', subject: vendor.name, path, message: `${named} is on file.`, evidence: { document, exists: true } }];
      }
      if (kind === 'missing') {
        return [{ status: 'warn', subject: vendor.name, path, message: `${named} is referenced but not found next to the stack file.`, evidence: { document, exists: false } }];
      }
      const evidence = { document, exists: fact.exists, kind, ...(fact.error !== undefined ? { error: fact.error } : {}) };
      if (kind === 'unreadable') {
        // Whether the BAA is there cannot be told: an error, never a pass.
        return [{ status: 'fail', subject: vendor.name, path, message: `${named} could not be read.`, evidence, unavailable: `${named} could not be read (${fact.error ?? 'error'})` }];
      }
      return [{ status: 'fail', subject: vendor.name, path, message: `${named} is not on file: ${notOnFile(kind, fact.error)}.`, evidence }];
    });
  },
});

function notOnFile(kind: string, error: string | undefined): string {
  const detail = error ?? 'it was not read';
  switch (kind) {
    case 'directory':
    case 'special':
      return `it is ${detail}`;
    case 'too-large':
      return `it is ${detail}, so it was not hashed — save a smaller copy of the signed BAA at that path`;
    case 'outside':
      return `it was not read, as it is ${detail}`;
    case 'invalid-name':
      return `no file can have this name (${detail})`;
    default:
      return 'it was not read and hashed';
  }
}
