import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasLeadingZeroBits, solveChallenge } from "../../../shared/proof-of-work.ts";
import { complaints, publicChallenges, taskForces } from "../../db/schema/index.ts";
import { HOME_TASK_FORCE_CODE } from "../../db/seed/reference-seed.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { isSolved } from "./public-challenge.ts";
import { fieldsOf } from "./test-support.ts";

const STORY =
  "Tetangga saya, seorang gadis 15 tahun, dibawa ke Batam oleh orang yang menjanjikan kerja di kafe.";
const DIFFICULTY = 8;

/** A nonce that does not solve the challenge at this difficulty. */
function wrongNonce(challengeId: string, difficulty: number): string {
  for (let i = 0; ; i++) if (!isSolved(challengeId, `salah${i}`, difficulty)) return `salah${i}`;
}

describe("proof of work", () => {
  it("counts leading zero bits across byte boundaries", () => {
    expect(hasLeadingZeroBits(new Uint8Array([0, 0, 0b0001_1111]), 19)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0, 0, 0b0001_1111]), 20)).toBe(false);
    expect(hasLeadingZeroBits(new Uint8Array([0b1000_0000]), 0)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0b0100_0000]), 1)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0b0100_0000]), 2)).toBe(false);
    expect(hasLeadingZeroBits(new Uint8Array([0]), 9)).toBe(false);
  });

  it("solves with Web Crypto what the server checks with node:crypto", async () => {
    const nonce = await solveChallenge("uji-tantangan", 12);
    const hash = createHash("sha256").update(`uji-tantangan:${nonce}`).digest();
    expect(hasLeadingZeroBits(hash, 12)).toBe(true);
    expect(isSolved("uji-tantangan", nonce, 12)).toBe(true);
  });

  it("gives up when asked to", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveChallenge("uji", 30, { signal: controller.signal })).rejects.toThrow();
  });
});

describeEachDatabase("complaints: the public form", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let publicClient: Client;

  const challenge = async () => {
    const res = await publicClient.get("/api/public/complaints/challenge");
    expect(res.status).toBe(200);
    return res.body as { challengeId: string; difficulty: number; expiresAt: string };
  };
  const solvedForm = async (overrides: Record<string, unknown> = {}) => {
    const { challengeId, difficulty } = await challenge();
    return {
      challengeId,
      nonce: await solveChallenge(challengeId, difficulty),
      website: "",
      story: STORY,
      placeRegionCode: "31.71.04.1002",
      ...overrides,
    };
  };
  const send = (body: unknown, headers?: Record<string, string>) =>
    publicClient.post("/api/public/complaints", body, headers);
  const track = (code: string) => publicClient.get(`/api/public/complaints/${encodeURIComponent(code)}`);
  const complaintOf = async (trackingCode: string) =>
    (await t.ctx.db.select().from(complaints).where(eq(complaints.trackingCode, trackingCode)))[0]!;
  const challengeRow = async (id: string) =>
    (await t.ctx.db.select().from(publicChallenges).where(eq(publicChallenges.id, id)))[0];

  beforeAll(async () => {
    // The default second-factor rule: these staff sessions have not verified one.
    t = await createTestApp(kind, {
      GUGUS_PUBLIC_FORM_DIFFICULTY: String(DIFFICULTY),
      GUGUS_PUBLIC_FORM_LIMIT: "1000",
      GUGUS_PUBLIC_TRACKING_LIMIT: "1000",
    });
    coordinator = await t.as("coordinator");
    publicClient = t.anonymous;
  });
  afterAll(() => t.close());

  it("issues a stored challenge that expires in ten minutes, at the configured difficulty", async () => {
    const issued = await challenge();
    expect(issued.difficulty).toBe(DIFFICULTY);
    expect(issued.challengeId.length).toBeGreaterThanOrEqual(22);
    const minutes = (Date.parse(issued.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    expect(await challengeRow(issued.challengeId)).toMatchObject({ spentAt: null });
  });

  it("files a solved complaint from the web form and answers the tracking code and nothing else", async () => {
    const form = await solvedForm({ reporterName: "Bu Wati", reporterContact: "0813-1111-2222" });
    const res = await send(form);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["receivedAt", "trackingCode"]);
    expect(res.body.trackingCode).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const row = await complaintOf(res.body.trackingCode);
    const [home] = await t.ctx.db.select().from(taskForces).where(eq(taskForces.code, HOME_TASK_FORCE_CODE));
    expect(row).toMatchObject({
      source: "public",
      channelCode: "web_form",
      status: "received",
      recordedById: null,
      taskForceId: home!.id,
      placeRegionCode: "31.71.04.1002",
    });
    expect(row.storyEnc).not.toContain("Batam");
    expect(row.reporterNameEnc).not.toContain("Wati");
    expect((await challengeRow(form.challengeId))?.spentAt).toBeInstanceOf(Date);

    const [audit] = await auditOf(t, "complaint.received", row.id);
    expect(audit).toMatchObject({
      actorUserId: null,
      actorName: null,
      ip: "127.0.0.1",
      taskForceId: home!.id,
    });
    expect(audit!.data).toEqual({ channel: "web_form" });

    const queue = await coordinator.get("/api/complaints?source=public");
    expect(queue.body.items.map((c: { trackingCode: string }) => c.trackingCode)).toContain(
      res.body.trackingCode,
    );
  });

  it("shows staff the story, but the reporter's identity only to a session with a verified second factor", async () => {
    const res = await send(await solvedForm({ reporterName: "Pak Harun" }));
    const row = await complaintOf(res.body.trackingCode);
    const detail = await coordinator.get(`/api/complaints/${row.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.story).toBe(STORY);
    expect(detail.body.reporter).toMatchObject({ name: null, contact: null, identityWithheld: true });
    expect(await auditOf(t, "identity.viewed", row.id)).toEqual([]);
  });

  it("tracks a complaint as received, under review, then handled, and never says more", async () => {
    const filed = await send(await solvedForm());
    const code = filed.body.trackingCode as string;
    const typed = code.toLowerCase().replaceAll("-", " ");

    const received = await track(typed);
    expect(received.status).toBe(200);
    expect(received.body).toEqual({
      trackingCode: code,
      status: "received",
      receivedAt: filed.body.receivedAt,
      updatedAt: expect.any(String),
    });

    const id = (await complaintOf(code)).id;
    await coordinator.post(`/api/complaints/${id}/review`);
    expect((await track(code)).body.status).toBe("under_review");

    const triaged = await coordinator.post(`/api/complaints/${id}/triage`, {
      outcome: "open_case",
      case: { title: "Remaja dibawa ke Batam", identifiedOn: "2026-02-01" },
    });
    expect(triaged.body.caseNumber).toMatch(/^TPPO-/);
    const handled = await track(code);
    expect(handled.body.status).toBe("handled");
    expect(Object.keys(handled.body).sort()).toEqual(["receivedAt", "status", "trackingCode", "updatedAt"]);
    expect(JSON.stringify(handled.body)).not.toMatch(/TPPO|case|Batam/);
    expect(Date.parse(handled.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(received.body.updatedAt));
  });

  it("answers an unknown code with 404 and a malformed one with the field", async () => {
    const unknown = await track("ADU-0000-0000");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/Kode pengaduan tidak ditemukan/);
    const english = await publicClient.get("/api/public/complaints/ADU-0000-0000", {
      "accept-language": "en",
    });
    expect(english.body.error.message).toMatch(/Tracking code not found/);
    const malformed = await track("KRB-1234");
    expect(malformed.status).toBe(422);
    expect(fieldsOf(malformed)).toEqual(["trackingCode"]);
  });

  it("refuses a reused challenge", async () => {
    const form = await solvedForm();
    expect((await send(form)).status).toBe(201);
    const before = await t.ctx.db.$count(complaints);
    const again = await send({ ...form, story: "Laporan kedua dengan tantangan yang sama" });
    expect(again.status).toBe(422);
    expect(fieldsOf(again)).toEqual(["challengeId"]);
    expect(again.body.error.details[0].message).toMatch(/sudah dipakai/);
    expect(await t.ctx.db.$count(complaints)).toBe(before);
  });

  it("refuses a wrong nonce and an unknown challenge, spending nothing", async () => {
    const form = await solvedForm();
    const before = await t.ctx.db.$count(complaints);
    const wrong = await send({ ...form, nonce: wrongNonce(form.challengeId, DIFFICULTY) });
    expect(wrong.status).toBe(422);
    expect(fieldsOf(wrong)).toEqual(["nonce"]);
    expect((await challengeRow(form.challengeId))?.spentAt).toBeNull();

    const invented = "tantangan-karangan-sendiri";
    const unknown = await send({
      ...form,
      challengeId: invented,
      nonce: await solveChallenge(invented, DIFFICULTY),
    });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(unknown)).toEqual(["challengeId"]);
    expect(await t.ctx.db.$count(complaints)).toBe(before);
    // The challenge the refused form carried is still good for the corrected one.
    expect((await send(form)).status).toBe(201);
  });

  it("refuses an expired challenge", async () => {
    const form = await solvedForm();
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 11 * 60_000);
    try {
      const res = await send(form);
      expect(res.status).toBe(422);
      expect(fieldsOf(res)).toEqual(["challengeId"]);
    } finally {
      t.ctx.now = realNow;
    }
  });

  it("refuses a form whose hidden field was filled, as a bot does", async () => {
    const form = await solvedForm({ website: "http://murah-meriah.example" });
    const before = await t.ctx.db.$count(complaints);
    const res = await send(form, { "accept-language": "en" });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: "website", message: "leave this field empty" }]);
    expect(await t.ctx.db.$count(complaints)).toBe(before);
    expect((await challengeRow(form.challengeId))?.spentAt).toBeNull();
  });

  it("names the field of invalid input and writes nothing", async () => {
    const form = await solvedForm();
    const before = await t.ctx.db.$count(complaints);
    const attempts: [Record<string, unknown>, string][] = [
      [{ anonymous: true, reporterContact: "0812" }, "reporterContact"],
      [{ story: undefined }, "story"],
      [{ placeCountryCode: "MY" }, "placeCountryCode"],
      [{ placeRegionCode: "32.01" }, "placeRegionCode"],
      [{ channel: "hotline" }, "channel"],
      [{ taskForceCode: "99.99" }, "taskForceCode"],
    ];
    for (const [overrides, field] of attempts) {
      const res = await send({ ...form, ...overrides });
      expect(res.status, field).toBe(422);
      expect(fieldsOf(res), field).toEqual([field]);
    }
    expect(await t.ctx.db.$count(complaints)).toBe(before);
    expect((await challengeRow(form.challengeId))?.spentAt).toBeNull();
  });

  it("clears expired challenges when it issues a new one", async () => {
    await t.ctx.db
      .insert(publicChallenges)
      .values({ id: "kedaluwarsa-uji", expiresAt: new Date(Date.now() - 1000) });
    await challenge();
    expect(await challengeRow("kedaluwarsa-uji")).toBeUndefined();
  });

  // Last: it adds a second task force to this database.
  it("sends a complaint to the task force of its place, or the one the form names", async () => {
    const [province] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31", name: "Gugus Tugas PP-TPPO Provinsi DKI Jakarta", regionCode: "31" })
      .returning();
    const [home] = await t.ctx.db.select().from(taskForces).where(eq(taskForces.code, HOME_TASK_FORCE_CODE));

    const local = await send(await solvedForm({ placeRegionCode: "31.71.01.1002" }));
    expect((await complaintOf(local.body.trackingCode)).taskForceId).toBe(home!.id);

    const abroad = await solvedForm({ placeRegionCode: null, placeCountryCode: "MY" });
    const unrouted = await send(abroad);
    expect(unrouted.status).toBe(422);
    expect(fieldsOf(unrouted)).toEqual(["taskForceCode"]);
    const named = await send({ ...abroad, taskForceCode: "31" });
    expect(named.status).toBe(201);
    expect((await complaintOf(named.body.trackingCode)).taskForceId).toBe(province!.id);
  });
});

describeEachDatabase("complaints: the public form's rate limits", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      GUGUS_PUBLIC_FORM_DIFFICULTY: "0",
      GUGUS_PUBLIC_FORM_LIMIT: "2",
      GUGUS_PUBLIC_TRACKING_LIMIT: "3",
    });
  });
  afterAll(() => t.close());

  it("answers 429 once an address has sent its complaints for the window", async () => {
    const form = async () => {
      const { challengeId } = (await t.anonymous.get("/api/public/complaints/challenge")).body;
      return { challengeId, nonce: "0", story: "Laporan uji batas kiriman" };
    };
    expect((await t.anonymous.post("/api/public/complaints", await form())).status).toBe(201);
    expect((await t.anonymous.post("/api/public/complaints", await form())).status).toBe(201);
    const before = await t.ctx.db.$count(complaints);
    const third = await t.anonymous.post("/api/public/complaints", await form(), { "accept-language": "en" });
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({
      code: "too_many_requests",
      message: expect.stringMatching(/Too many/),
    });
    expect(await t.ctx.db.$count(complaints)).toBe(before);
  });

  it("answers 429 to an address that keeps guessing tracking codes", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await t.anonymous.get(`/api/public/complaints/ADU-0000-000${i}`)).status).toBe(404);
    }
    const res = await t.anonymous.get("/api/public/complaints/ADU-0000-0009");
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe("too_many_requests");
  });
});
