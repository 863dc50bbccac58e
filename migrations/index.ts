import { InitialSchema1764050000000 } from './1764050000000-InitialSchema';

/** Every migration, in order. Passed explicitly so jest (TypeScript) and dist (JavaScript) load the same list. */
export const MIGRATIONS = [InitialSchema1764050000000];
