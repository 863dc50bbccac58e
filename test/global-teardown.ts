import { Client } from 'pg';
import { TEMPLATE_DB_ENV } from './global-setup';

/** Drops this run's template database (see global-setup). */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const name = process.env[TEMPLATE_DB_ENV];
  if (!url || !name) return;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
