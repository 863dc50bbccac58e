import { z } from 'zod';

/**
 * Only the keys the replay server indexes on are checked; everything else passes through untouched
 * so the served payloads keep the real shapes and key order.
 */
export const matterDetailSchema = z.looseObject({ matterId: z.string().min(1), recordNumber: z.string().nullable() });
export const meetingSchema = z.looseObject({ meetingId: z.string().min(1) });
export const bodySchema = z.looseObject({ bodyId: z.string().min(1) });
export const personSchema = z.looseObject({ personId: z.string().min(1) });
export const voteRowsSchema = z.array(z.looseObject({}));

export function envelopeSchema<T extends z.ZodType>(row: T) {
  return z.looseObject({ data: z.array(row) });
}

export type JsonObject = Record<string, unknown>;
export type MatterDetail = z.infer<typeof matterDetailSchema>;
export type MeetingRecord = z.infer<typeof meetingSchema>;
export type BodyRecord = z.infer<typeof bodySchema>;
export type PersonRecord = z.infer<typeof personSchema>;
