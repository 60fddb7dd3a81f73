// `hipaa-hero verify <report.json> --sig <file> [--cert <cert.pem>]`: the report is as it was signed
// (exit 0), or it was altered or signed by another key (exit 1). A missing or unreadable file, or a
// signature file that is not one, throws an InputError (exit 2).
import { verifyReportFile } from '../sign/verify.js';
import { err, out } from './io.js';
import { EXIT } from './run.js';

export async function verifyCommand(report: string, flags: { sig?: string; cert?: string }): Promise<number> {
  const result = await verifyReportFile(report, flags.sig ?? `${report}.sig`, flags.cert);
  if (!result.valid) {
    err(`${report}: signature INVALID — ${result.reason}\n`);
    return EXIT.gateFailed;
  }
  // Without --cert, a PKCS#7 signature vouches for itself: anyone can sign with a certificate that
  // bears any name. Say so, so that a check that matters pins the signer.
  const note = result.pinned ? '' : " (by the certificate inside the signature, not checked against one you trust: pass --cert with the signer's certificate)";
  out(`${report}: signature valid — signed by ${result.signer}${note}\n`);
  return EXIT.ok;
}
