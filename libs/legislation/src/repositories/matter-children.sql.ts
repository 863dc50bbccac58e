import type { EntityManager } from 'typeorm';
import type { ActionVoteEntity } from '../entities/action-vote.entity';
import type { MatterActionEntity } from '../entities/matter-action.entity';
import type { MatterAttachmentEntity } from '../entities/matter-attachment.entity';
import type { MatterSponsorEntity } from '../entities/matter-sponsor.entity';

export interface MatterChildren {
  actions: Partial<MatterActionEntity>[];
  votes: Partial<ActionVoteEntity>[];
  sponsors: Partial<MatterSponsorEntity>[];
  attachments: Partial<MatterAttachmentEntity>[];
}

// Votes go with their actions (ON DELETE CASCADE).
const DELETE_CHILDREN = `
  WITH a AS (DELETE FROM matter_action WHERE matter_id = ANY($1::uuid[])),
       s AS (DELETE FROM matter_sponsor WHERE matter_id = ANY($1::uuid[]))
  DELETE FROM matter_attachment WHERE matter_id = ANY($1::uuid[])`;

// Rows travel as one jsonb array per table (keys are the entities' property names). The foreign
// keys of votes on actions are checked at the end of the statement, when both are inserted.
const INSERT_CHILDREN = `
  WITH a AS (
    INSERT INTO matter_action (id, matter_id, ordinal, history_id, action_date, action_name, action_text, action_by_name, journal_page, meeting_id, name, sort)
    SELECT id, "matterId", ordinal, "historyId", "actionDate", "actionName", "actionText", "actionByName", "journalPage", "meetingId", name, sort
      FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "matterId" uuid, ordinal int, "historyId" text, "actionDate" timestamptz, "actionName" text,
           "actionText" text, "actionByName" text, "journalPage" text, "meetingId" text, name text, sort int)),
  v AS (
    INSERT INTO action_vote (id, action_id, ordinal, person_id, voter_name, vote)
    SELECT id, "actionId", ordinal, "personId", "voterName", vote
      FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, "actionId" uuid, ordinal int, "personId" text, "voterName" text, vote text)),
  s AS (
    INSERT INTO matter_sponsor (id, matter_id, ordinal, person_id, sponsor_name, sponsor_type, office)
    SELECT id, "matterId", ordinal, "personId", "sponsorName", "sponsorType", office
      FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, "matterId" uuid, ordinal int, "personId" text, "sponsorName" text, "sponsorType" text, office text))
  INSERT INTO matter_attachment (id, matter_id, ordinal, file_name, path, attachment_type)
  SELECT id, "matterId", ordinal, "fileName", path, "attachmentType"
    FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, "matterId" uuid, ordinal int, "fileName" text, path text, "attachmentType" text)`;

/**
 * Replaces the actions, votes, sponsors and attachments of a batch's matters in two statements whatever
 * the batch's size: under load every round trip costs milliseconds of scheduling, and a step used
 * to send one delete and one insert per child table.
 */
export async function replaceMatterChildren(tx: EntityManager, updatedMatterIds: string[], children: MatterChildren): Promise<void> {
  // Matters just inserted have no children yet: only updated ones need the delete.
  if (updatedMatterIds.length) await tx.query(DELETE_CHILDREN, [updatedMatterIds]);
  const { actions, votes, sponsors, attachments } = children;
  if (actions.length + votes.length + sponsors.length + attachments.length === 0) return;
  await tx.query(INSERT_CHILDREN, [JSON.stringify(actions), JSON.stringify(votes), JSON.stringify(sponsors), JSON.stringify(attachments)]);
}
