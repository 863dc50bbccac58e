import type { Dictionary, Lang } from './dictionary';
import { en } from './en';
import { es } from './es';

export type { Dictionary, Lang };

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, es };

/** `?lang=es` selects Spanish; anything else (absent, unknown, repeated) is English. */
export function parseLang(value: unknown): Lang {
  return value === 'es' ? 'es' : 'en';
}
