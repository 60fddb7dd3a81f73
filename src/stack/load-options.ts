// What loading a stack may be told about the checks it is loaded for: its own module so that the
// validator (validate.ts) and the reference rules it runs (references.ts, attestation-rules.ts) share
// it without importing each other.

/** What an `attestations:` key names: a check, found by its id or (for attestation items) citation. */
export interface AttestKey {
  checkId: string;
  /** `alternative` is allowed only for addressable implementation specifications. */
  alternativeAllowed: boolean;
  /** Set for an addressable specification only automated checks judge: `alternative` is its one answer. */
  alternativeOnly?: readonly string[];
  /** The item's citation and title, or the check's title, for messages. */
  title: string;
}

export interface LoadOptions {
  /** When given, waivers must name one of these check ids. */
  knownCheckIds?: ReadonlySet<string>;
  /** When given, every `attestations:` key must be one of these. */
  attestTargets?: ReadonlyMap<string, AttestKey>;
}
