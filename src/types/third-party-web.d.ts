// third-party-web's subset without timing statistics: its package ships the declarations beside the
// package root, where TypeScript's exports resolution does not look for this subpath.
declare module 'third-party-web/nostats-subset.js' {
  interface Entity {
    name: string;
    company: string;
    homepage?: string;
    category: string;
    domains: string[];
  }
  const api: { getEntity(url: string): Entity | undefined; getRootDomain(url: string): string; entities: Entity[] };
  export default api;
}
