// `hipaa-hero verify <report.json> --sig <file> --cert <cert.pem>`: the report is as it was signed, by
// the pinned key (exit 0); or it was altered, signed by another key, or the signer was not pinned
// with --cert (exit 1). A missing or unreadable file, or a signature file that is not one, throws an
// InputError (exit 2).
import { sanitizeLine } from '../report/sanitize.js';
import { verifyReportFile } from '../sign/verify.js';
import { err, GIVE_A_REPORT, out, refuseDirectories } from './io.js';
import { EXIT } from './run.js';

export async function verifyCommand(report: string, flags: { sig?: string; cert?: string }): Promise<number> {
  const sig = flags.sig ?? `${report}.sig`;
  await refuseDirectories([
    [report, GIVE_A_REPORT],
    [sig, 'give the signature written beside the report (<report>.sig)'],
    [flags.cert, "give the PEM file of the signer's certificate (or public key)"],
  ]);
  const result = await verifyReportFile(report, sig, flags.cert);
  // Names come from certificates, which anyone can write: printed without their control characters,
  // so a name cannot rewrite the line that says whether the signature holds.
  if ('pinned' in result && !result.pinned) {
    // Without --cert a PKCS#7 signature vouches for itself: anyone can make a certificate with any
    // name, so an intact signature proves nothing about who signed. Not a pass.
    err(`${report}: ${result.reason} (its own certificate says "${sanitizeLine(result.signer)}", which anyone can claim)\n`);
    return EXIT.gateFailed;
  }
  if (!result.valid) {
    err(`${report}: signature INVALID — ${sanitizeLine(result.reason)}\n`);
    return EXIT.gateFailed;
  }
  out(`${report}: signature valid — signed by ${sanitizeLine(result.signer)}\n`);
  return EXIT.ok;
}
