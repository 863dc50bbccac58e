export const RULES_COMMITTEE = 'Committee on Committees and Rules';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when a body name is a committee rather than the Council, the Mayor or the Clerk. */
export function isCommitteeName(name: string | null | undefined): name is string {
  return !!name && /\bcommittee\b/i.test(name);
}

export function isRulesCommittee(name: string): boolean {
  return /committees\s+and\s+rules/i.test(name);
}

/** "Re-Referred to the Committee on Committees and Rules pursuant to Rule 42" (either field may carry it). */
export function mentionsRule42(...texts: (string | null | undefined)[]): boolean {
  const all = texts.filter(Boolean).join(' ');
  return /committees\s+and\s+rules/i.test(all) && /\brule\s*42\b/i.test(all);
}

// Where the list of committees ends; names themselves contain "and" and commas
// ("Zoning, Landmarks and Building Standards"), so only these words and marks close it.
const END = /\s+(?:pursuant|under|per|in\s+accordance|for)\b|[.:()]/i;
// "..., and the Committee on B" / "; Committee on B": a new full name starts.
const NEXT_FULL_NAME = /\s*[,;]?\s*(?:\band\s+)?(?:\bthe\s+)?(?=\bcommittees?\s+on\s)/i;
// "Committees on A and on B" / "Committees on A, on B": one plural head, several names.
const NEXT_SHORT_NAME = /\s*[,;]\s*(?:and\s+)?on\s+|\s+and\s+on\s+/i;

/**
 * Committees a referral's text names, in full ("Committee on X"):
 * "Referred to the Committee on Public Safety and the Committee on Immigrant and Refugee Rights",
 * "Referred to the Committees on Public Safety and on Immigrant and Refugee Rights".
 * Generic text ("The matter was Referred to Committee.") names none.
 */
export function committeesFromText(text: string | null | undefined): string[] {
  if (!text) return [];
  const start = text.search(/\bcommittees?\s+on\s/i);
  if (start < 0) return [];
  let tail = text.slice(start);
  const end = tail.search(END);
  if (end >= 0) tail = tail.slice(0, end);

  const out: string[] = [];
  for (const part of tail.split(NEXT_FULL_NAME)) {
    const body = part.replace(/^\s*committees?\s+on\s+/i, '');
    if (body === part) continue;
    for (const short of body.split(NEXT_SHORT_NAME)) {
      const name = clean(short).replace(/[,;\s]+$/, '');
      if (name) out.push(`Committee on ${name}`);
    }
  }
  return [...new Set(out)];
}
