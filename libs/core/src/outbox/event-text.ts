/** Languages people read alerts in. */
export type TextLanguage = 'en' | 'es';

/** An outbox event in words, for e-mail and chat. */
export interface EventSummary {
  /** One line saying what happened ("O2023-0004222 is on the agenda: City Council, …"). */
  headline: string;
  /** Further facts, one per line. */
  details: string[];
  /** Where to read more (our page), or null. */
  url: string | null;
}

/**
 * @description Port: turns an outbox event into words for people. Core knows no event, and libraries that
 * only deliver events (webhooks) must not learn them: the domain that emits the events provides the
 * implementation (legislation's `LegislationEventTextModule`), and the app that composes both wires it in.
 */
export abstract class EventText {
  /** Null for an event this implementation does not know. */
  abstract describe(type: string, data: Record<string, unknown>, lang: TextLanguage): EventSummary | null;
}
