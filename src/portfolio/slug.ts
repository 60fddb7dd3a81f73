// A practice's folder name in the portfolio: its name in lower case, letters and digits joined by
// hyphens, unique within the run (a second "Glow Spa" is glow-spa-2).

const MAX_SLUG = 60;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'practice' : slug;
}

/** Hands out slugs in call order; `index` is kept for the index files' own use. */
export function slugMaker(): (name: string) => string {
  const taken = new Set<string>(['index']);
  return (name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}
