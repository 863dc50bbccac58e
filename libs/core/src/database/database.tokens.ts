/** Injection token of the embedded PGlite instance (null on PostgreSQL). */
export const PGLITE_INSTANCE = Symbol('PGLITE_INSTANCE');
