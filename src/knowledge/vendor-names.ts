// How vendor names are compared, in the knowledge file's rules and in its lookups alike.

/** Case, accents and punctuation ignored: "Intuit Mailchimp!" and "intuit-mailchimp" are one name. */
export function normalizeVendorName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
