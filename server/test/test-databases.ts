import pg from "pg";

/** The template a test file's PostgreSQL database is copied from (CREATE DATABASE … TEMPLATE). */
export const PG_TEMPLATE = "gugus_test_template";

export function testDatabaseUrl(): string | null {
  return process.env.TEST_DATABASE_URL || null;
}

/** The same server, another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
