import { ACTION_NAMES } from './action-names.data';
import type { ActionNameEntry } from './lifecycle.types';

/** Lower case, all whitespace removed: eLMS spacing around hyphens and parentheses varies. */
export function normalizeActionName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

const BY_KEY: ReadonlyMap<string, ActionNameEntry> = new Map(ACTION_NAMES.map((e) => [normalizeActionName(e.name), e]));

/** The table row for an eLMS action name, or null when the name is not in the table. */
export function classifyActionName(name: string | null | undefined): ActionNameEntry | null {
  if (name == null) return null;
  return BY_KEY.get(normalizeActionName(name)) ?? null;
}
