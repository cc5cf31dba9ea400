import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { QuestionInput } from "../../../shared/prevention-tests.ts";
import { knowledgeTestResponses, preventionActivities, taskForces } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { fieldsOf, insertActivity, messageOf } from "./test-support.ts";

/** Four questions; the comments give the correct answer each participant below is marked against. */
const questions: QuestionInput[] = [
  {
    kind: "multiple_choice",
    prompt: "Siapa yang dapat menjadi korban perdagangan orang?",
    options: ["Hanya perempuan", "Hanya anak", "Siapa saja"],
    correctOption: 2, // Siapa saja
  },
  {
    kind: "true_false",
    prompt: "Tawaran kerja ke luar negeri tanpa kontrak tertulis patut dicurigai.",
    options: [],
    correctOption: 0, // benar
  },
  {
    kind: "multiple_choice",
    prompt: "Ke mana dugaan TPPO dilaporkan?",
    options: ["Polisi atau UPT PPPA", "Tidak perlu dilaporkan"],
    correctOption: 0,
  },
  {
    kind: "true_false",
    prompt: "Korban yang masih anak harus membuktikan adanya paksaan.",
    options: [],
    correctOption: 1, // salah
  },
];

// Hand-marked sheets: A 1/4 → 3/4, B 2/4 → 4/4, C (late, pre only) 4/4.
const sheets = {
  aPre: [2, 1, 1, 0], // right, wrong, wrong, wrong = 25 %
  aPost: [2, 0, 0, 0], // right, right, right, wrong = 75 %
  bPre: [2, 0, 1, 0], // right, right, wrong, wrong = 50 %
  bPost: [2, 0, 0, 1], // all right = 100 %
  cPre: [2, 0, 0, 1], // all right = 100 %
};
const keys = { a: "kunci-peserta-aaaa-0001", b: "kunci-peserta-bbbb-0002", c: "kunci-peserta-cccc-0003" };

describeEachDatabase("knowledge tests", (kind) => {
  let t: TestApp;
  let lurah: Client;
  let otherLurah: Client;
  let coordinator: Client;
  let leadership: Client;
  let kelurahanId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    kelurahanId = (
      await t.factories.organization({ name: "Kelurahan Cideng (uji)", typeCode: "urban_village" })
    ).id;
    const elsewhere = await t.factories.organization({
      name: "Kelurahan Petojo (uji)",
      typeCode: "urban_village",
    });
    lurah = await t.as("field_reporter", { organizationId: kelurahanId });
    otherLurah = await t.as("field_reporter", { organizationId: elsewhere.id });
    coordinator = await t.as("coordinator");
    leadership = await t.as("leadership");
  });
  afterAll(() => t.close());

  const testPath = (activityId: string) => `/api/prevention/activities/${activityId}/knowledge-test`;
  const newActivity = (overrides = {}) =>
    insertActivity(t, { organizerOrganizationId: kelurahanId, ...overrides });

  it("names each wrong part of a question, in Indonesian and in English", async () => {
    const activity = await newActivity();
    const bad = {
      questions: [
        { kind: "multiple_choice", prompt: "Satu pilihan saja", options: ["Ya"], correctOption: 0 },
        {
          kind: "multiple_choice",
          prompt: "Pilihan kembar",
          options: ["Polisi", "polisi "],
          correctOption: 0,
        },
        { kind: "multiple_choice", prompt: "Jawaban di luar pilihan", options: ["A", "B"], correctOption: 3 },
        {
          kind: "true_false",
          prompt: "Benar salah dengan pilihan",
          options: ["Ya", "Tidak"],
          correctOption: 2,
        },
        { kind: "true_false", prompt: "  ", correctOption: 0 },
      ],
    };
    const res = await lurah.post(testPath(activity.id), bad);
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual([
      "questions.0.options",
      "questions.1.options.1",
      "questions.2.correctOption",
      "questions.3.options",
      "questions.3.correctOption",
      "questions.4.prompt",
    ]);
    expect(messageOf(res, "questions.0.options")).toBe("pertanyaan pilihan ganda perlu 2 sampai 5 pilihan");
    expect(messageOf(res, "questions.2.correctOption")).toBe(
      "tandai salah satu pilihan yang ada sebagai jawaban benar",
    );
    const en = await lurah.post(testPath(activity.id), bad, { "accept-language": "en" });
    expect(messageOf(en, "questions.1.options.1")).toBe(
      "this option repeats another option of the same question",
    );
    expect(messageOf(en, "questions.3.options")).toBe(
      "a true/false question takes no answer options of its own",
    );

    const tooMany = await lurah.post(testPath(activity.id), { questions: Array(21).fill(questions[1]) });
    expect(fieldsOf(tooMany)).toEqual(["questions"]);
    expect(messageOf(tooMany, "questions")).toBe("maksimal 20 isian");
    const none = await lurah.post(testPath(activity.id), { questions: [] }, { "accept-language": "en" });
    expect(messageOf(none, "questions")).toBe("needs at least 1 items");
    expect((await lurah.get(testPath(activity.id))).body.test).toBeNull();
  });

  it("lets the organiser's organisation and the secretariat set a test, and no one else", async () => {
    const activity = await newActivity();
    const refused = await otherLurah.post(testPath(activity.id), { questions });
    expect(refused.status).toBe(403);
    const byLeadership = await leadership.post(testPath(activity.id), { questions });
    expect(byLeadership.status).toBe(403);

    const created = await lurah.post(testPath(activity.id), { questions });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.body.questions[0]).toEqual({ ...questions[0] });
    expect(created.body.openPhase).toBeNull();
    expect(created.body.locked).toBe(false);
    expect((await auditOf(t, "knowledge_test.created", created.body.id))[0]!.data).toEqual({
      activityId: activity.id,
      questions: 4,
    });
    const again = await coordinator.post(testPath(activity.id), { questions });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/sudah memiliki tes/);

    // Another reader sees the questions and results, not the link or the answers.
    const seen = await leadership.get(testPath(activity.id));
    expect(seen.status).toBe(200);
    expect(seen.body.test.token).toBeNull();
    expect(seen.body.test.participants).toBeNull();
    expect(seen.body.test.questions.map((q: { correctOption: unknown }) => q.correctOption)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(seen.body.test.abilities.update).toBe(false);
    const byCoordinator = await coordinator.patch(testPath(activity.id), { openPhase: "pre" });
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.body.openPhase).toBe("pre");
  });

  it("runs the pre and post test with two participants and shows the averages and gain", async () => {
    const activity = await newActivity();
    const { body: test } = await lurah.post(testPath(activity.id), { questions });
    const link = `/api/public/tests/${test.token}`;
    const answer = (phase: string, participantKey: string, answers: number[], nickname?: string) =>
      t.anonymous.post(`${link}/answers`, { phase, participantKey, answers, nickname });

    // Nothing is open yet: the page shows no questions and refuses answers.
    const closed = await t.anonymous.get(link);
    expect(closed.body).toMatchObject({ openPhase: null, questionCount: 4, questions: [] });
    expect(closed.body.activityTitle).toBe(activity.title);
    const early = await answer("pre", keys.a, sheets.aPre);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe(
      "Saat ini tes awal (pra-tes) sedang tidak dibuka. Tunggu aba-aba penyelenggara, lalu muat ulang halaman.",
    );

    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    const open = await t.anonymous.get(link);
    expect(open.body.openPhase).toBe("pre");
    expect(open.body.questions).toEqual(
      questions.map(({ kind, prompt, options }) => ({ kind, prompt, options })),
    );
    // Security: nothing in the page's data gives the answers away.
    expect(JSON.stringify(open.body)).not.toMatch(/correct/i);

    const aPre = await answer("pre", keys.a, sheets.aPre, "AR");
    expect(aPre.status).toBe(201);
    // The pre test tells the participant nothing that would help them in the post test.
    expect(aPre.body).toEqual({
      phase: "pre",
      score: null,
      correctCount: null,
      questionCount: 4,
      review: null,
    });
    expect((await answer("pre", keys.b, sheets.bPre)).status).toBe(201);
    const twice = await answer("pre", keys.a, sheets.bPre);
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: "conflict",
      message: "Anda sudah mengirim jawaban tes awal (pra-tes) dari perangkat ini.",
      details: { reason: "already_answered" },
    });
    const tooEarly = await answer("post", keys.a, sheets.aPost);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.details).toEqual({ reason: "phase_closed", openPhase: "pre" });

    await lurah.patch(testPath(activity.id), { openPhase: "post" });
    expect((await answer("pre", keys.c, sheets.cPre)).status).toBe(409);
    const aPost = await answer("post", keys.a, sheets.aPost);
    expect(aPost.status).toBe(201);
    expect(aPost.body).toEqual({
      phase: "post",
      score: 75,
      correctCount: 3,
      questionCount: 4,
      review: [
        { correct: true, correctOption: 2 },
        { correct: true, correctOption: 0 },
        { correct: true, correctOption: 0 },
        { correct: false, correctOption: 1 },
      ],
    });
    expect((await answer("post", keys.b, sheets.bPost)).body.score).toBe(100);

    const { body } = await lurah.get(testPath(activity.id));
    expect(body.test.results).toEqual({
      preCount: 2,
      postCount: 2,
      pairedCount: 2,
      averagePre: 37.5, // (25 + 50) / 2
      averagePost: 87.5, // (75 + 100) / 2
      averageGain: 50,
      averagePairedGain: 50, // ((75 − 25) + (100 − 50)) / 2
      questions: [
        { preCorrect: 100, postCorrect: 100 },
        { preCorrect: 50, postCorrect: 100 },
        { preCorrect: 0, postCorrect: 100 },
        { preCorrect: 0, postCorrect: 50 },
      ],
    });
    expect(body.test.participants).toEqual([
      { nickname: "AR", pre: 25, post: 75, gain: 50 },
      { nickname: null, pre: 50, post: 100, gain: 50 },
    ]);

    // A latecomer answers only the pre test (the organiser reopens it): averages over everyone
    // and the paired gain now differ.
    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    expect((await answer("pre", keys.c, sheets.cPre)).status).toBe(201);
    const later = (await lurah.get(testPath(activity.id))).body.test.results;
    expect(later).toMatchObject({
      preCount: 3,
      postCount: 2,
      pairedCount: 2,
      averagePre: 58.3, // (25 + 50 + 100) / 3
      averagePost: 87.5,
      averageGain: 29.2, // 87.5 − 58.33
      averagePairedGain: 50,
    });
    expect(later.questions[1]).toEqual({ preCorrect: 66.7, postCorrect: 100 });

    // Answers are anonymous in the audit trail: the phase and the address, no one's name.
    const answered = await auditOf(t, "knowledge_test.answered", test.id);
    expect(answered.map((a) => a.data)).toEqual([
      { phase: "pre" },
      { phase: "pre" },
      { phase: "post" },
      { phase: "post" },
      { phase: "pre" },
    ]);
    expect(answered[0]!.actorUserId).toBeNull();
    // The nickname is stored encrypted, the browser's key only as a hash.
    const stored = await t.ctx.db
      .select()
      .from(knowledgeTestResponses)
      .where(eq(knowledgeTestResponses.testId, test.id));
    expect(stored.map((r) => r.nicknameEnc).filter(Boolean)).toEqual([
      expect.stringMatching(/^v1\.[^.]+\.[^.]+\.[^.]{20,}$/),
    ]);
    expect(stored.map((r) => r.participantKeyHash).every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  it("locks the questions once the first answer is in, but still opens and closes phases", async () => {
    const activity = await newActivity();
    const { body: test } = await lurah.post(testPath(activity.id), { questions });
    const changed = [
      { ...questions[0]!, prompt: "Siapa saja yang bisa menjadi korban?" },
      ...questions.slice(1),
    ];
    const edit = await lurah.patch(testPath(activity.id), { questions: changed });
    expect(edit.status).toBe(200);
    expect(edit.body.questions[0].prompt).toBe("Siapa saja yang bisa menjadi korban?");

    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    await t.anonymous.post(`/api/public/tests/${test.token}/answers`, {
      phase: "pre",
      participantKey: keys.a,
      answers: sheets.aPre,
    });
    const locked = await lurah.patch(testPath(activity.id), { questions });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toBe(
      "Pertanyaan tidak dapat diubah lagi karena sudah ada 1 jawaban masuk; mengubahnya akan merusak perbandingan skor.",
    );
    const en = await lurah.patch(testPath(activity.id), { questions }, { "accept-language": "en" });
    expect(en.body.error.message).toMatch(/^The questions can no longer change: 1 answers are already in/);
    // The same questions again change nothing, and a phase still opens.
    const same = await lurah.patch(testPath(activity.id), { questions: changed, openPhase: null });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ locked: true, openPhase: null });
    const updates = await auditOf(t, "knowledge_test.updated", test.id);
    expect(updates.map((u) => u.data)).toEqual([
      { activityId: activity.id, questions: 4 },
      { activityId: activity.id, openPhase: { from: null, to: "pre" } },
      { activityId: activity.id, openPhase: { from: "pre", to: null } },
    ]);
  });

  it("refuses answers that do not fit the questions, naming them", async () => {
    const activity = await newActivity();
    const { body: test } = await lurah.post(testPath(activity.id), { questions });
    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    const url = `/api/public/tests/${test.token}/answers`;
    const short = await t.anonymous.post(url, { phase: "pre", participantKey: keys.a, answers: [0, 0] });
    expect(short.status).toBe(422);
    expect(messageOf(short, "answers")).toBe("jawab semua 4 pertanyaan");
    // Option 2 of a true/false question and option 3 of a two-option question do not exist.
    const beyond = await t.anonymous.post(url, {
      phase: "pre",
      participantKey: keys.a,
      answers: [2, 2, 3, 0],
    });
    expect(fieldsOf(beyond)).toEqual(["answers.1", "answers.2"]);
    const badKey = await t.anonymous.post(url, { phase: "pre", participantKey: "x", answers: sheets.aPre });
    expect(fieldsOf(badKey)).toEqual(["participantKey"]);
    expect((await lurah.get(testPath(activity.id))).body.test.results.preCount).toBe(0);
  });

  it("answers an unknown link with 404 and a message that says what to do", async () => {
    const res = await t.anonymous.get("/api/public/tests/AAAAAAAAAAAAAAAAAAAAAA");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/Tes tidak ditemukan/);
    const post = await t.anonymous.post(
      "/api/public/tests/AAAAAAAAAAAAAAAAAAAAAA/answers",
      { phase: "pre", participantKey: keys.a, answers: [0] },
      { "accept-language": "en" },
    );
    expect(post.status).toBe(404);
    expect(post.body.error.message).toMatch(/^Test not found/);
  });

  it("keeps a cancelled activity's test closed and refuses to open it", async () => {
    const activity = await newActivity();
    const { body: test } = await lurah.post(testPath(activity.id), { questions });
    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    await t.ctx.db
      .update(preventionActivities)
      .set({ status: "cancelled", cancelReason: "Hujan deras" })
      .where(eq(preventionActivities.id, activity.id));
    expect((await t.anonymous.get(`/api/public/tests/${test.token}`)).body).toMatchObject({
      openPhase: null,
      questions: [],
    });
    const reopen = await lurah.patch(testPath(activity.id), { openPhase: "post" });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toMatch(/dibatalkan/);
    const cancelled = await newActivity({ status: "cancelled", cancelReason: "Ditunda" });
    expect((await lurah.get(testPath(cancelled.id))).body.abilities.create).toBe(false);
    expect((await lurah.post(testPath(cancelled.id), { questions })).status).toBe(409);
  });

  it("removes a test with its answers, keeping their number in the audit trail", async () => {
    const activity = await newActivity();
    const { body: test } = await lurah.post(testPath(activity.id), { questions });
    await lurah.patch(testPath(activity.id), { openPhase: "pre" });
    await t.anonymous.post(`/api/public/tests/${test.token}/answers`, {
      phase: "pre",
      participantKey: keys.b,
      answers: sheets.bPre,
    });
    expect((await otherLurah.delete(testPath(activity.id))).status).toBe(403);
    expect((await lurah.delete(testPath(activity.id))).status).toBe(204);
    expect((await lurah.get(testPath(activity.id))).body).toEqual({
      test: null,
      abilities: { create: true },
    });
    expect((await t.anonymous.get(`/api/public/tests/${test.token}`)).status).toBe(404);
    const [deleted] = await auditOf(t, "knowledge_test.deleted", test.id);
    expect(deleted!.data).toEqual({ activityId: activity.id, answers: { pre: 1, post: 0 } });
    expect((await lurah.delete(testPath(activity.id))).status).toBe(404);
  });

  it("hides an activity of another task force behind 404, audited as a denial", async () => {
    const activity = await newActivity();
    await lurah.post(testPath(activity.id), { questions });
    const [province] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31", name: "Gugus Tugas PP-TPPO Provinsi DKI Jakarta", regionCode: "31" })
      .returning();
    const provinceOrg = await t.factories.organization({
      taskForceId: province!.id,
      name: "Dinas PPAPP DKI",
    });
    const foreigner = await t.as("coordinator", { organizationId: provinceOrg.id });
    expect((await foreigner.get(testPath(activity.id))).status).toBe(404);
    expect((await foreigner.patch(testPath(activity.id), { openPhase: "pre" })).status).toBe(404);
    expect((await auditOf(t, "access.denied", activity.id)).length).toBe(2);
    expect((await lurah.get(testPath(activity.id))).body.test.openPhase).toBeNull();
  });
});
