import { MigrationInterface, QueryRunner } from 'typeorm';

/** A subscription chooses its body: the Standard Webhooks JSON (default) or a Slack-compatible chat message. */
export class WebhookBodyFormat1764201000001 implements MigrationInterface {
  name = 'WebhookBodyFormat1764201000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE webhook_subscription ADD COLUMN body_format text NOT NULL DEFAULT 'standard';
      ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_body_format_check CHECK (body_format IN ('standard', 'slack'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_subscription DROP COLUMN body_format;`);
  }
}
