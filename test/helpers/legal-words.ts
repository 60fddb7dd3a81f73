// Words that present what is tested as the law itself: only a `required` check or item may use them.
export const CLAIMS_LAW =
  /\bHIPAA (?:requires|mandates|demands)\b|\brequired by (?:HIPAA|law|the (?:Security|Privacy|Breach Notification) Rule)\b|\b(?:Security|Privacy|Breach Notification) Rule (?:requires|mandates)\b|\bthe (?:law|rule|regulation) requires\b|\bHIPAA-required\b/i;
