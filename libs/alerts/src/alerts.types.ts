import type { TextLanguage } from '@app/core';
import type { TrackingRuleKind } from '@app/legislation';

/** What an alert follows: the three kinds of tracking rules (record number, code chapter, title words). */
export type AlertKind = TrackingRuleKind;
export type AlertFrequency = 'instant' | 'daily';
export type AlertLanguage = TextLanguage;

export interface AlertSignup {
  email: string;
  kind: AlertKind;
  value: string;
  frequency: AlertFrequency;
  language: AlertLanguage;
  /** Who asked (an IP address), for the per-client limit; only its keyed hash is stored, for a day. */
  client: string;
}
