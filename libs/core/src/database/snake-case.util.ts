export function toSnakeCase(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Columns to overwrite in an `INSERT … ON CONFLICT DO UPDATE`: every written field but the key. */
export function conflictUpdateColumns(row: object): string[] {
  return Object.keys(row)
    .filter((k) => k !== 'id')
    .map(toSnakeCase);
}
