import type { CreateEntryInput } from "../../../shared/portal.ts";
import type { Client, TestApp } from "../../test/test-app.ts";

/** Helpers for the portal's tests: pages as the public gets them, content as the secretariat makes it. */

export async function publicPage(t: TestApp, url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: "GET", url, headers });
  return { status: res.statusCode, html: res.body, headers: res.headers };
}

/** Creates an entry and returns it; fails the test on anything but 201. */
export async function createEntry(client: Client, input: Partial<CreateEntryInput> & { slug: string }) {
  const res = await client.post("/api/portal/entries", {
    kind: "page",
    titleId: `Judul ${input.slug}`,
    bodyId: `Isi ${input.slug}`,
    ...input,
  });
  if (res.status !== 201) throw new Error(`create ${input.slug}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; latestVersion: number; path: string };
}

export async function publish(client: Client, entryId: string, publishAt?: string) {
  const res = await client.post(`/api/portal/entries/${entryId}/publish`, publishAt ? { publishAt } : {});
  if (res.status !== 200) throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Saves a new version from the latest one with some fields changed. */
export async function saveVersion(client: Client, entryId: string, changes: Record<string, unknown>) {
  const current = (await client.get(`/api/portal/entries/${entryId}`)).body;
  const { titleId, titleEn, summaryId, summaryEn, bodyId, bodyEn, coverMediaId } = current.current;
  const res = await client.post(`/api/portal/entries/${entryId}/versions`, {
    titleId,
    titleEn,
    summaryId,
    summaryEn,
    bodyId,
    bodyEn,
    coverMediaId,
    baseVersion: current.latestVersion,
    ...changes,
  });
  if (res.status !== 200) throw new Error(`save: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The entry id of a seeded page, by its slug. */
export async function seededPage(client: Client, slug: string): Promise<string> {
  const list = (await client.get("/api/portal/entries?kind=page")).body.items as {
    id: string;
    slug: string;
  }[];
  const found = list.find((e) => e.slug === slug);
  if (!found) throw new Error(`no seeded page ${slug}`);
  return found.id;
}
