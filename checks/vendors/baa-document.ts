import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'vendors.baa-document',
    title: 'Every BAA document the stack file refers to is on file',
    area: 'vendors',
    severity: 'low',
    hipaa: ['164.308(b)(3)', '164.316(b)(2)(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(b)(3): document the satisfactory assurances through a written contract; 164.316(b)(2)(i): keep the documentation for six years',
    rationale:
      'HIPAA requires the business associate contract to be written and the documentation kept; a BAA the stack file points to but that cannot be found cannot be shown to an auditor.',
    remediation:
      'Save the signed BAA at the path given in `vendors[].baa.document` (relative to the stack file), or correct the path.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts }) {
    return (stack.vendors ?? []).flatMap((vendor, i): Finding[] => {
      const document = vendor.baa?.document;
      if (!document) return [];
      const fact = facts.documents[document];
      if (!fact) return [];
      const path = toPointer('vendors', i, 'baa', 'document');
      if (!fact.exists) {
        return [{
          status: 'warn',
          subject: vendor.name,
          path,
          message: `${vendor.name}'s BAA document ${document} is referenced but not found next to the stack file.`,
          evidence: { document, exists: false },
        }];
      }
      return [{
        status: 'pass',
        subject: vendor.name,
        path,
        message: `${vendor.name}'s BAA document ${document} is on file.`,
        evidence: { document, exists: true },
      }];
    });
  },
});
