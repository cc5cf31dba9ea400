import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedVocabularies, vocabularyKinds } from "../../../shared/vocabularies.ts";
import { auditEvents, vocabularyTerms } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

type Term = {
  kind: string;
  code: string;
  labelId: string;
  labelEn: string;
  htcds: string | null;
  sortOrder: number;
  active: boolean;
};

async function termCount(t: TestApp) {
  const [row] = await t.ctx.db.select({ n: count() }).from(vocabularyTerms);
  return Number(row!.n);
}

describeEachDatabase("controlled vocabularies", (kind) => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  it("lists every kind of shared/vocabularies.ts with its seed terms, in order", async () => {
    const reader = await t.as("field_reporter");
    const res = await reader.get("/api/vocabularies");
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { kind: string }) => v.kind)).toEqual([...vocabularyKinds]);
    for (const list of res.body.items as { kind: (typeof vocabularyKinds)[number]; terms: Term[] }[]) {
      const seeds = seedVocabularies[list.kind];
      expect(
        list.terms.map((term) => ({
          code: term.code,
          labelId: term.labelId,
          labelEn: term.labelEn,
          htcds: term.htcds,
        })),
        list.kind,
      ).toEqual(
        seeds.map((seed) => ({
          code: seed.code,
          labelId: seed.labelId,
          labelEn: seed.labelEn,
          htcds: seed.htcds ?? null,
        })),
      );
      expect(list.terms.every((term) => term.active && term.kind === list.kind)).toBe(true);
    }
  });

  it("lists the terms of one kind", async () => {
    const res = await admin.get("/api/vocabularies/sex");
    expect(res.status).toBe(200);
    expect(res.body.items.map((term: Term) => term.code)).toEqual(["female", "male", "unknown"]);
    expect(res.body.items[0]).toEqual({
      kind: "sex",
      code: "female",
      labelId: "Perempuan",
      labelEn: "Female",
      htcds: "Feminine",
      sortOrder: 10,
      active: true,
    });
  });

  it("answers 404 for an unknown kind", async () => {
    const res = await admin.get("/api/vocabularies/jenis_fiktif");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const before = await termCount(t);
    const post = await admin.post("/api/vocabularies/jenis_fiktif/terms", {
      code: "satu",
      labelId: "Satu",
      labelEn: "One",
    });
    expect(post.status).toBe(404);
    expect((await admin.patch("/api/vocabularies/jenis_fiktif/terms/satu", { labelId: "Dua" })).status).toBe(
      404,
    );
    expect(await termCount(t)).toBe(before);
  });

  it("lets an admin add a term at the end of the list, and audits it", async () => {
    const res = await admin.post("/api/vocabularies/complaint_channel/terms", {
      code: "tiktok",
      labelId: "TikTok",
      labelEn: "TikTok",
      htcds: "Other",
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      kind: "complaint_channel",
      code: "tiktok",
      labelId: "TikTok",
      labelEn: "TikTok",
      htcds: "Other",
      sortOrder: seedVocabularies.complaint_channel.length * 10 + 10,
      active: true,
    });
    const list = await admin.get("/api/vocabularies/complaint_channel");
    expect(list.body.items.at(-1).code).toBe("tiktok");
    const [event] = await auditOf(t, "vocabulary.term_created", "complaint_channel:tiktok");
    expect(event).toMatchObject({
      actorUserId: admin.user.id,
      recordType: "vocabulary_term",
      data: { labelId: "TikTok", labelEn: "TikTok" },
    });
  });

  it("refuses a duplicate code with a 422 naming the code, and writes nothing", async () => {
    const before = await termCount(t);
    const res = await admin.post("/api/vocabularies/sex/terms", {
      code: "female",
      labelId: "Perempuan lagi",
      labelEn: "Female again",
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: "code", message: "kode sudah dipakai" }]);
    expect(await termCount(t)).toBe(before);
    const [female] = (await admin.get("/api/vocabularies/sex")).body.items;
    expect(female.labelId).toBe("Perempuan");
    // The same code in another list is a different term.
    const elsewhere = await admin.post("/api/vocabularies/target_group/terms", {
      code: "female",
      labelId: "Perempuan",
      labelEn: "Women",
    });
    expect(elsewhere.status).toBe(201);
  });

  it("refuses a code outside the code format", async () => {
    const before = await termCount(t);
    const res = await admin.post("/api/vocabularies/place_type/terms", {
      code: "Rumah Kos",
      labelId: "Rumah kos",
      labelEn: "Boarding house",
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].field).toBe("code");
    expect(await termCount(t)).toBe(before);
  });

  it("relabels a term but never changes its code, and audits the change", async () => {
    const res = await admin.patch("/api/vocabularies/risk_level/terms/critical", {
      labelId: "Darurat",
      labelEn: "Emergency",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: "critical",
      labelId: "Darurat",
      labelEn: "Emergency",
      active: true,
    });
    const list = await admin.get("/api/vocabularies/risk_level");
    expect(list.body.items.find((term: Term) => term.code === "critical").labelId).toBe("Darurat");

    const [event] = await auditOf(t, "vocabulary.term_updated", "risk_level:critical");
    expect(event!.data).toEqual({
      changes: {
        labelId: { from: "Darurat (perlu tindakan segera)", to: "Darurat" },
        labelEn: { from: "Critical (act immediately)", to: "Emergency" },
      },
    });

    const recode = await admin.patch("/api/vocabularies/risk_level/terms/critical", { code: "darurat" });
    expect(recode.status).toBe(422);
    expect(recode.body.error.details).toEqual([{ field: "code", message: "kolom ini tidak dikenal" }]);
    expect((await admin.get("/api/vocabularies/risk_level")).body.items.map((x: Term) => x.code)).toContain(
      "critical",
    );
  });

  it("deactivates a term: it stays in the list, marked inactive, and can come back", async () => {
    const off = await admin.patch("/api/vocabularies/place_type/terms/motel", { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const list = await admin.get("/api/vocabularies/place_type");
    expect(list.body.items.find((term: Term) => term.code === "motel")).toMatchObject({ active: false });
    const [event] = await auditOf(t, "vocabulary.term_updated", "place_type:motel");
    expect(event!.data).toEqual({ changes: { active: { from: true, to: false } } });

    const on = await admin.patch("/api/vocabularies/place_type/terms/motel", { active: true });
    expect(on.body.active).toBe(true);
  });

  it("answers 404 to a change of a code the list does not hold", async () => {
    const res = await admin.patch("/api/vocabularies/sex/terms/lainnya", { labelId: "Lainnya" });
    expect(res.status).toBe(404);
    expect(await auditOf(t, "vocabulary.term_updated", "sex:lainnya")).toHaveLength(0);
  });

  it("answers 403 to a coordinator adding or changing a term", async () => {
    const coordinator = await t.as("coordinator");
    const before = await termCount(t);
    const post = await coordinator.post("/api/vocabularies/sex/terms", {
      code: "intersex",
      labelId: "Interseks",
      labelEn: "Intersex",
    });
    expect(post.status).toBe(403);
    expect(post.body.error.code).toBe("forbidden");
    const patch = await coordinator.patch("/api/vocabularies/sex/terms/male", { labelId: "Pria" });
    expect(patch.status).toBe(403);
    expect(await termCount(t)).toBe(before);
    expect((await coordinator.get("/api/vocabularies/sex")).body.items[1].labelId).toBe("Laki-laki");
    const denials = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.actorUserId, coordinator.user.id)));
    expect(denials.map((d) => (d.data as { permission: string }).permission)).toEqual([
      "vocabulary.manage",
      "vocabulary.manage",
    ]);
  });
});
