// How a command the tool suggests names a file or URL, so that it runs when pasted into a shell.

/** A word for a POSIX shell: as is when it has no special character, else single-quoted. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_./:@%+=,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
