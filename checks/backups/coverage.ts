import { baaStatus, defineCheck, toPointer, type Backup, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'backups.coverage',
    title: 'Every data store that holds PHI is backed up',
    area: 'backups',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)'],
    obligation: 'required',
    basis:
      '45 CFR 164.308(a)(7)(ii)(A): establish and implement procedures to create and maintain retrievable exact copies of ePHI',
    rationale:
      'A practice must be able to create and restore exact copies of its PHI; a store that no backup covers is lost for good to ransomware, a dead disk or a stolen device.',
    remediation:
      'Add the store to a backup job\'s `backups[].covers`, or, for a cloud store run by a vendor under a BAA, confirm in writing that the vendor backs it up and can restore it and set `data_stores[].vendor_backup: true`.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    const vendors = new Map((stack.vendors ?? []).map((v) => [v.name, v]));
    const coveredBy = new Map<string, { backup: Backup; b: number }>();
    (stack.backups ?? []).forEach((backup, b) => {
      for (const name of backup.covers) if (!coveredBy.has(name)) coveredBy.set(name, { backup, b });
    });
    return (stack.data_stores ?? []).flatMap((store, i): Finding[] => {
      if (!store.phi) return [];
      const cover = coveredBy.get(store.name);
      if (cover) {
        const { backup, b } = cover;
        return [{
          status: 'pass',
          subject: store.name,
          path: toPointer('backups', b, 'covers', backup.covers.indexOf(store.name)),
          message: `${store.name} holds PHI and is covered by the backup '${backup.name}'.`,
          evidence: { backup: backup.name },
        }];
      }
      const vendor = store.vendor;
      const vendorEntry = vendor === undefined ? undefined : vendors.get(vendor);
      if (store.type === 'cloud' && vendor !== undefined && vendorEntry && baaStatus(vendorEntry, now).state === 'in-force') {
        if (store.vendor_backup === true) {
          return [{
            status: 'pass',
            subject: store.name,
            path: toPointer('data_stores', i, 'vendor_backup'),
            message: `${store.name} holds PHI and is backed up by ${vendor} under its BAA.`,
            evidence: { vendor, vendor_backup: true },
          }];
        }
        return [{
          status: 'manual',
          subject: store.name,
          path: store.vendor_backup === undefined ? toPointer('data_stores', i) : toPointer('data_stores', i, 'vendor_backup'),
          message: `${store.name} is run by ${vendor} under a BAA; confirm in writing that the vendor backs it up and can restore it, then set vendor_backup: true, or add it to a backup's covers.`,
          evidence: { vendor, vendor_backup: store.vendor_backup ?? null },
        }];
      }
      const note = store.vendor_backup === true ? ' (vendor_backup only counts for a cloud store whose vendor has a BAA in force)' : '';
      return [{
        status: 'fail',
        subject: store.name,
        path: toPointer('data_stores', i),
        message: `${store.name} holds PHI but no backup covers it${note}.`,
        evidence: { type: store.type, vendor: vendor ?? null, vendor_backup: store.vendor_backup ?? null },
      }];
    });
  },
});
