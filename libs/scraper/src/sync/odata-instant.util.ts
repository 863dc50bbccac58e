/** eLMS filters take bare ISO instants (`date ge 2025-01-01T00:00:00Z`), no `datetime'…'` wrapper. */
export function odataInstant(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
