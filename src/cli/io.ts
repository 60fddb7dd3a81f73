// Where commands write, and whether the terminal gets colour.

export const out = (s: string): void => void process.stdout.write(s);
export const err = (s: string): void => void process.stderr.write(s);

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR turns it on. */
export function useColor(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return Boolean(process.stdout.isTTY);
}
