// The node-forge modules that signing needs, on their own (each module exports its namespace), so
// that the bundle carries PKCS#7, X.509 and RSA only into the chunk that `--sign` loads.
declare module 'node-forge/lib/pkcs7.js' {
  import type forge from 'node-forge';
  const pkcs7: typeof forge.pkcs7;
  export default pkcs7;
}
declare module 'node-forge/lib/x509.js' {
  // x509.js also loads rsa.js, which adds privateKeyFromAsn1 to the same namespace.
  import type forge from 'node-forge';
  const pki: typeof forge.pki;
  export default pki;
}
declare module 'node-forge/lib/sha256.js' {
  import type forge from 'node-forge';
  const sha256: typeof forge.md.sha256;
  export default sha256;
}
