import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers.ts";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(phone);

const THRESHOLD = 11;

/** Every number the statistics page shows as a figure: table cells and the values beside the bars. */
async function shownFigures(page: Page): Promise<number[]> {
  const cells = await page.locator("td.num").allTextContents();
  const bars = await page.locator("svg text.cv").allTextContents();
  return [...cells, ...bars]
    .map((text) => text.trim())
    .filter((text) => /^[\d.]+$/.test(text))
    .map((text) => Number(text.replace(/\./g, "")));
}

test("a visitor reads the warning signs from the home page, then reports and gets a tracking code", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Kenali, cegah, dan laporkan perdagangan orang" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Apa itu perdagangan orang?" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page).toHaveTitle(/Kenali, cegah, dan laporkan perdagangan orang · Gugus Tugas PP-TPPO/);
  // The helplines are on the page itself, not behind a click.
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "129", exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Kenali tanda bahaya" }).click();
  await expect(page).toHaveURL(/\/waspada$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Waspada: tanda-tanda tawaran yang menjebak" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tawaran kerja palsu" })).toBeVisible();
  await expect(page.getByText("Perekrut menahan paspor, KTP, atau ijazah Anda.")).toBeVisible();

  // "Laporkan" in the header opens the complaint form, which works on its own proof of work.
  await page.getByRole("banner").getByRole("link", { name: "Laporkan", exact: true }).click();
  await expect(page).toHaveURL(/\/lapor$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Laporkan dugaan perdagangan orang" }),
  ).toBeVisible();
  await page
    .getByRole("textbox", { name: /Ceritakan apa yang terjadi/ })
    .fill("Adik saya ditawari kerja di luar negeri lewat media sosial, diminta berangkat dengan visa turis.");
  await page.getByRole("checkbox", { name: /tanpa nama/ }).check();
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page.getByRole("heading", { name: "Laporan Anda sudah diterima" })).toBeVisible({
    timeout: 60_000,
  });
  const code = ((await page.getByTestId("tracking-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
});

test("the coordinator edits a page and publishes it, and the public sees the change", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const newTitle = `Kenali tawaran yang menjebak (${stamp})`;
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page).toHaveURL(/\/beranda$/);
  await page.goto("/kelola-portal");
  await expect(page.getByRole("heading", { level: 1, name: "Kelola portal publik" })).toBeVisible();
  await expectAccessible(page, "portal admin: pages");

  await page.getByRole("link", { name: "Waspada: tanda-tanda tawaran yang menjebak" }).click();
  await expect(page).toHaveURL(/\/kelola-portal\/konten\/[0-9a-f-]{36}$/);
  const title = page.getByRole("textbox", { name: "Judul" });
  await expect(title).toHaveValue("Waspada: tanda-tanda tawaran yang menjebak");
  await title.fill(newTitle);
  await page.getByRole("button", { name: "Simpan sebagai versi baru" }).click();
  await expect(page.getByText("Versi baru tersimpan.")).toBeVisible();
  await expect(page.getByText("Versi terbaru (2) belum terbit.")).toBeVisible();
  await expectAccessible(page, "portal admin: editor");

  // Until it is published, the public still reads version 1.
  const visitor = await browser.newPage({ ...phone });
  await visitor.goto("/waspada");
  await expect(
    visitor.getByRole("heading", { level: 1, name: "Waspada: tanda-tanda tawaran yang menjebak" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(page.getByText("Terbit. Publik sudah dapat membacanya.")).toBeVisible();
  await expect(page.getByText(/Publik membaca versi 2 sejak/)).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: newTitle })).toBeVisible();
  await visitor.close();

  // The secretariat's other tabs: materials, the menu, the directory with what it still lacks.
  for (const [tab, heading] of [
    ["materi", "Unggah poster atau leaflet"],
    ["menu", null],
    ["kontak", null],
  ] as const) {
    await page.goto(`/kelola-portal/${tab}`);
    if (heading) await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByRole("tab", { selected: true })).toBeVisible();
    if (tab === "menu")
      await expect(page.getByRole("textbox", { name: "Label" }).first()).toHaveValue("Beranda");
    if (tab === "kontak") await expect(page.getByText("Telepon belum diisi").first()).toBeVisible();
    await expectAccessible(page, `portal admin: ${tab}`);
  }
});

test("the statistics page shows no count below the threshold, each figure with unit, source and cut-off", async ({
  page,
}) => {
  await page.goto("/statistik");
  await expect(page.getByRole("heading", { level: 1, name: "Statistik korban dan kasus" })).toBeVisible();
  await expect(page.getByText(`angka di bawah ${THRESHOLD}`)).toBeVisible();
  const figures = await shownFigures(page);
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) expect(figure === 0 || figure >= THRESHOLD, String(figure)).toBe(true);
  await expect(page.getByText(/Satuan: orang \(korban\) · Sumber: .+ · Data per /).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Diagram batang: Korban per tahun/ })).toBeVisible();
  await expectAccessible(page, "statistics");
});

test("every portal page, in both languages, has no serious or critical accessibility violation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const paths = [
    "/",
    "/waspada",
    "/migrasi-aman",
    "/bantuan",
    "/halaman/tentang",
    "/berita",
    "/berita/penguatan-gugus-tugas-tppo-mei-2024",
    "/kegiatan",
    "/materi",
    "/halaman/tidak-ada",
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  }
  await page.goto("/?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("heading", { level: 1, name: "Recognise, prevent and report human trafficking" }),
  ).toBeVisible();
  await expectAccessible(page, "home in English");
  // The language follows every link.
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Safe migration" })
    .click();
  await expect(page).toHaveURL(/\/migrasi-aman\?lang=en$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Working abroad safely and legally" }),
  ).toBeVisible();
});

test("reading works with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Kenali, cegah, dan laporkan perdagangan orang" }),
  ).toBeVisible();
  await expect(page.getByText("Untuk anak (di bawah 18 tahun)")).toBeVisible();
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Bantuan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Minta bantuan dan melapor" })).toBeVisible();
  // The activities filter is a plain form: it works without a script too.
  await page.goto("/kegiatan");
  await page.getByLabel("Kelurahan").selectOption({ label: "Cideng" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/kelurahan=31\.71\.01\.1002/);
  await context.close();
});
