/**
 * PostgreSQL for the tests and the benchmark: they run when RENDA_TEST_DATABASE_URL names a
 * reachable server (CI sets it) and are skipped with a reason otherwise. Each run works in a
 * schema of its own and drops it afterwards, so runs and files never see each other's rows.
 */
import { PostgresStore } from '../../server/postgres-storage.js';

export const POSTGRES_URL = process.env['RENDA_TEST_DATABASE_URL'];

/** A schema name no other run or file uses: `renda_<purpose>_<pid>_<time>`. */
export const testSchema = (purpose: string) => `renda_${purpose}_${process.pid}_${Date.now().toString(36)}`;

/** Why the PostgreSQL tests cannot run here, or false when they can (the server answered and took a schema). */
export async function postgresSkipReason(): Promise<string | false> {
  if (!POSTGRES_URL) return 'PostgreSQL tests skipped: set RENDA_TEST_DATABASE_URL=postgres://user:password@host/db to run them';
  try {
    const probe = await PostgresStore.open(POSTGRES_URL, { schema: testSchema('probe') });
    await probe.dropSchema();
    await probe.close();
    return false;
  } catch (error) {
    return `PostgreSQL tests skipped: no server reachable at RENDA_TEST_DATABASE_URL (${(error as Error).message.slice(0, 120)})`;
  }
}

/** Drops a test schema and everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  const admin = await PostgresStore.open(POSTGRES_URL!, { schema });
  try {
    await admin.dropSchema();
  } finally {
    await admin.close();
  }
}
