// node-forge's ASN.1 reader and the util it needs, on their own (each module exports its namespace),
// so that probing loads a fraction of the library.
declare module 'node-forge/lib/asn1.js' {
  import type forge from 'node-forge';
  const asn1: typeof forge.asn1;
  export default asn1;
}
declare module 'node-forge/lib/util.js' {
  import type forge from 'node-forge';
  const util: typeof forge.util;
  export default util;
}
