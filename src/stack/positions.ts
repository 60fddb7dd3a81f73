// Positions in the stack file and JSON Pointers into it.

export interface Position {
  line: number;
  column: number;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(...segments: Array<string | number>): string {
  let pointer = '';
  for (const segment of segments) {
    const s = String(segment);
    pointer += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return pointer;
}
