import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers.ts";

const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

/** A participant's phone: its own browser, no account. */
async function participantPhone(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

/** Answers the open phase: a choice per question, by the text on its card. */
async function answer(page: Page, phase: "pra-tes" | "pasca-tes", nickname: string, choices: string[]) {
  await page.getByRole("textbox", { name: /^Nama panggilan atau inisial/ }).fill(nickname);
  for (const [i, choice] of choices.entries()) {
    await page
      .getByRole("radiogroup", { name: new RegExp(`^${i + 1}\\. `) })
      .getByRole("radio", { name: choice, exact: true })
      .click();
  }
  await page.getByRole("button", { name: `Kirim jawaban ${phase}` }).click();
}

async function openPhase(page: Page, label: "Pra-tes" | "Pasca-tes" | "Tutup") {
  await page
    .getByRole("radiogroup", { name: "Tahap yang dibuka untuk peserta" })
    .getByText(label, { exact: true })
    .click();
}

test("an organiser runs a pre and post knowledge test with two participants on their phones, and sees the average gain", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const organiser = await (
    await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" })
  ).newPage();
  await signIn(organiser, "lurah.cideng@demo.gugus.id");
  await expect(organiser.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();

  // The socialisation this morning in Cideng (recorded through the API; its own form has its own test).
  const created = await organiser.request.post("/api/prevention/activities", {
    data: {
      typeCode: "awareness_session",
      title: `Sosialisasi bahaya TPPO bagi pelajar (uji ${stamp})`,
      status: "held",
      startsAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() - 3600_000).toISOString(),
      placeKind: "kelurahan",
      regionCode: "31.71.01.1002",
      targetGroupCodes: ["students"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const activity = (await created.json()) as { id: string; title: string };

  await organiser.goto(`/pencegahan/${activity.id}/tes`);
  await expect(organiser.getByRole("heading", { level: 2, name: "Tes pengetahuan" })).toBeVisible();
  await organiser.getByRole("button", { name: "Buat tes pengetahuan" }).click();
  const editor = organiser.getByRole("dialog", { name: "Buat tes pengetahuan" });

  // Sent without a correct answer marked, the editor says what is missing and sends nothing.
  await editor
    .getByRole("textbox", { name: "Teks pertanyaan 1" })
    .fill("Siapa yang dapat menjadi korban perdagangan orang?");
  await editor.getByRole("textbox", { name: "Pilihan A pertanyaan 1" }).fill("Hanya perempuan");
  await editor.getByRole("textbox", { name: "Pilihan B pertanyaan 1" }).fill("Hanya anak-anak");
  await editor.getByRole("textbox", { name: "Pilihan C pertanyaan 1" }).fill("Siapa saja");
  await editor.getByRole("button", { name: "Buat tes" }).click();
  await expect(editor.getByText("Tandai jawaban yang benar.")).toBeVisible();
  await editor.getByRole("radio", { name: "Pilihan C adalah jawaban benar pertanyaan 1" }).check();

  await editor.getByRole("button", { name: "Tambah pertanyaan" }).click();
  const second = editor.getByRole("region", { name: "Pertanyaan 2" });
  await second.getByText("Benar / salah", { exact: true }).click();
  await second
    .getByRole("textbox", { name: "Teks pertanyaan 2" })
    .fill("Korban yang masih anak harus membuktikan bahwa ia dipaksa.");
  await second.getByRole("radio", { name: "Salah", exact: true }).check();
  await editor.getByRole("button", { name: "Buat tes" }).click();
  await expect(editor).toBeHidden();
  await expect(organiser.getByTestId("test-state")).toHaveText("Tes ditutup");

  await openPhase(organiser, "Pra-tes");
  await expect(organiser.getByTestId("test-state")).toHaveText("Pra-tes dibuka");
  await expect(organiser.getByRole("img", { name: "Kode QR tautan tes pengetahuan" })).toBeVisible();
  const link = (await organiser.getByTestId("test-link").textContent()) ?? "";
  expect(link).toMatch(/\/tes\/[A-Za-z0-9_-]{22}$/);

  // Two participants open the link on their own phones, without signing in.
  const ani = await participantPhone(browser, link);
  await expect(ani.getByRole("heading", { level: 1, name: activity.title })).toBeVisible();
  await expect(ani.getByTestId("test-phase")).toHaveText("Pra-tes sedang dibuka");
  await expectAccessible(ani, "the participant's test page");
  // Sending before answering everything names what is left.
  await ani.getByRole("button", { name: "Kirim jawaban pra-tes" }).click();
  await expect(ani.getByText("Masih ada 2 pertanyaan yang belum dijawab.")).toBeVisible();
  // Ani gets both wrong (0 %), Budi the first right (50 %).
  await answer(ani, "pra-tes", "Ani", ["Hanya perempuan", "Benar"]);
  await expect(ani.getByText("Jawaban pra-tes terkirim. Terima kasih!")).toBeVisible();
  const budi = await participantPhone(browser, link);
  await answer(budi, "pra-tes", "Budi", ["Siapa saja", "Benar"]);
  await expect(budi.getByText("Jawaban pra-tes terkirim. Terima kasih!")).toBeVisible();

  // The pre-test is over: its answers lock the questions, and the post-test opens.
  await expect(organiser.getByText(/Pertanyaan terkunci/)).toBeVisible({ timeout: 15_000 });
  await openPhase(organiser, "Pasca-tes");
  await expect(organiser.getByTestId("test-state")).toHaveText("Pasca-tes dibuka");

  for (const [page, name] of [
    [ani, "Ani"],
    [budi, "Budi"],
  ] as const) {
    await page.getByRole("button", { name: "Periksa lagi" }).click();
    await expect(page.getByTestId("test-phase")).toHaveText("Pasca-tes sedang dibuka");
    // The nickname typed for the pre-test is offered again.
    await expect(page.getByRole("textbox", { name: /^Nama panggilan/ })).toHaveValue(name);
    await answer(page, "pasca-tes", name, ["Siapa saja", "Salah"]);
    await expect(page.getByTestId("test-score")).toHaveText("100%");
    await expect(page.getByText("2 dari 2 jawaban benar.")).toBeVisible();
  }
  await expectAccessible(budi, "the participant's score");

  // Pre 0 % and 50 % → 25 %; post 100 % each; the gain is 75 points, for both paired participants.
  await openPhase(organiser, "Tutup");
  await expect(organiser.getByTestId("average-pre")).toHaveText("25%");
  await expect(organiser.getByTestId("average-post")).toHaveText("100%");
  await expect(organiser.getByTestId("average-gain")).toHaveText("+75");
  await expect(organiser.getByTestId("paired-gain")).toHaveText("+75");
  await expect(organiser.getByText("2 peserta ikut kedua tes")).toBeVisible();
  await expectAccessible(organiser, "the organiser's test results");

  // The report for the camat, with the test's results in it, and the list as a spreadsheet.
  const pdf = organiser.waitForEvent("download");
  await organiser.getByRole("button", { name: "Laporan PDF", exact: true }).click();
  expect((await pdf).suggestedFilename()).toMatch(
    /^laporan-kegiatan-sosialisasi-bahaya-tppo-bagi-pelajar-uji-.*\.pdf$/,
  );
  await organiser
    .getByRole("link", { name: /Kegiatan pencegahan/ })
    .first()
    .click();
  const xlsx = organiser.waitForEvent("download");
  await organiser.getByRole("button", { name: "Ekspor" }).click();
  await organiser.getByRole("menuitem", { name: "Excel (XLSX)" }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/^kegiatan-pencegahan-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // A closed test turns the participants away without showing the questions.
  await ani.reload();
  await expect(ani.getByTestId("test-phase")).toHaveText("Tes belum dibuka");
  await expect(ani.getByRole("radio")).toHaveCount(0);
});
