/**
 * The list endpoints' query parameters, as the real API reads them: bare `filter`, `sort`, `search`,
 * `top`, `skip` (no `$`; `$filter` and friends are ignored because the real API ignores them).
 */
import type { JsonObject } from './fixture-schemas';
import { HttpError } from './http-error';
import { FilterError, matchesFilter, parseFilter, referencedFields, type FilterNode } from './odata-filter';

export const DEFAULT_TOP = 100;
/** The real maximum is unknown (500 is known to work); larger values are clamped, not rejected. */
export const MAX_TOP = 1000;
/** The real API answers 400 beyond this (opencivicdata and interlock both work around it). */
export const MAX_SKIP = 100_000;

export interface CollectionSpec {
  name: string;
  /** Top-level string fields `search=` looks in (case-insensitive substring). */
  searchFields: readonly string[];
  /** Fields the real API refuses to filter on (e.g. matter `title`). */
  unfilterable?: readonly string[];
  /** Fields the real API refuses to sort on (e.g. matter `recordCreateDate`). */
  unsortable?: readonly string[];
}

export interface ListQuery {
  filter?: FilterNode;
  sort?: { field: string; direction: 'asc' | 'desc' };
  search?: string;
  top: number;
  skip: number;
}

export interface ListMeta {
  skip: number;
  top: number;
  count: number;
  pages: number;
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new HttpError(400, `The value '${raw}' is not valid for ${name}.`);
  return Number(raw.trim());
}

export function parseListQuery(params: URLSearchParams, spec: CollectionSpec, knownFields: ReadonlySet<string>): ListQuery {
  const skip = intParam(params, 'skip', 0);
  if (skip > MAX_SKIP) throw new HttpError(400, `skip must be between 0 and ${MAX_SKIP}; got ${skip}.`);
  const top = intParam(params, 'top', DEFAULT_TOP);
  if (top < 1) throw new HttpError(400, `top must be at least 1; got ${top}.`);
  const query: ListQuery = { skip, top: Math.min(top, MAX_TOP) };

  const filter = params.get('filter');
  if (filter !== null && filter.trim() !== '') {
    try {
      query.filter = parseFilter(filter);
    } catch (err) {
      if (err instanceof FilterError) throw new HttpError(400, `Invalid filter '${filter}': ${err.message}`);
      throw err;
    }
    for (const field of referencedFields(query.filter)) {
      if (spec.unfilterable?.includes(field)) {
        throw new HttpError(400, `Invalid filter '${filter}': ${spec.name} cannot be filtered on '${field}'; use search=.`);
      }
      // Only checkable once something is loaded; an empty store has no known fields.
      if (knownFields.size > 0 && !knownFields.has(field)) {
        throw new HttpError(400, `Invalid filter '${filter}': ${spec.name} has no field '${field}'.`);
      }
    }
  }

  const sort = params.get('sort');
  if (sort !== null && sort.trim() !== '') {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/i.exec(sort);
    if (!m) throw new HttpError(400, `Invalid sort '${sort}': expected 'field' or 'field asc|desc' in one parameter.`);
    const field = m[1]!;
    if (spec.unsortable?.includes(field) || (knownFields.size > 0 && !knownFields.has(field))) {
      throw new HttpError(400, `Invalid sort '${sort}': ${spec.name} cannot be sorted by '${field}'.`);
    }
    query.sort = { field, direction: (m[2]?.toLowerCase() ?? 'asc') as 'asc' | 'desc' };
  }

  const search = params.get('search');
  if (search !== null && search.trim() !== '') query.search = search.trim().toLowerCase();
  return query;
}

const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** SQL Server order: NULLs first ascending; ISO date strings by instant; strings case-insensitively. */
function compareValues(a: unknown, b: unknown): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const as = String(a);
  const bs = String(b);
  if (ISO_INSTANT_RE.test(as) && ISO_INSTANT_RE.test(bs)) {
    const d = Date.parse(as) - Date.parse(bs);
    if (!Number.isNaN(d)) return d;
  }
  const al = as.toLowerCase();
  const bl = bs.toLowerCase();
  return al < bl ? -1 : al > bl ? 1 : 0;
}

/** Records matching filter + search, sorted (stable, so unsorted lists keep load order). */
export function selectRecords<T extends JsonObject>(records: readonly T[], query: ListQuery, spec: CollectionSpec): T[] {
  let out = records.filter((r) => {
    if (query.filter) {
      try {
        if (!matchesFilter(query.filter, r)) return false;
      } catch (err) {
        if (err instanceof FilterError) throw new HttpError(400, `Invalid filter: ${err.message}`);
        throw err;
      }
    }
    if (query.search !== undefined) {
      const needle = query.search;
      return spec.searchFields.some((f) => typeof r[f] === 'string' && (r[f] as string).toLowerCase().includes(needle));
    }
    return true;
  });
  if (query.sort) {
    const { field, direction } = query.sort;
    const sign = direction === 'desc' ? -1 : 1;
    out = [...out].sort((a, b) => sign * compareValues(a[field], b[field]));
  }
  return out;
}

export function pageOf<T>(rows: readonly T[], query: ListQuery): { data: T[]; meta: ListMeta } {
  const count = rows.length;
  return {
    data: rows.slice(query.skip, query.skip + query.top),
    meta: { skip: query.skip, top: query.top, count, pages: Math.ceil(count / query.top) },
  };
}

export interface Facet {
  name: string;
  values: { value: string; count: number }[];
}

/** Counts per value over the matching rows, most frequent first; nulls are not counted (as live). */
export function facetsOf(rows: readonly JsonObject[], fields: readonly string[]): Facet[] {
  return fields.map((name) => {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const v = r[name];
      if (typeof v === 'string' && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const values = [...counts].map(([value, count]) => ({ value, count }));
    values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { name, values };
  });
}

export function knownFieldsOf(records: readonly JsonObject[]): Set<string> {
  const fields = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) fields.add(k);
  return fields;
}
