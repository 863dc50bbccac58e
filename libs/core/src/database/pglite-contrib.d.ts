/**
 * PGlite's contrib extensions are exported under `@electric-sql/pglite/contrib/*` (package `exports`), which the
 * project's `moduleResolution: node` cannot see; Node and Jest resolve the subpath at run time.
 */
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
