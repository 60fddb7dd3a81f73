// The tool's version, stamped in by the build (package.json's version).
declare const __HIPAA_HERO_VERSION__: string | undefined;
export const VERSION: string = typeof __HIPAA_HERO_VERSION__ === 'string' ? __HIPAA_HERO_VERSION__ : '0.0.0-dev';
