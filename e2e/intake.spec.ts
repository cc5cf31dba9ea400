import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function trackingStatus(page: Page) {
  return page.getByTestId("tracking-status");
}

test("a member of the public reports anonymously, staff open a case from it, the tracker follows", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const publicContext = await browser.newContext({ ...phone, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const visitor = await publicContext.newPage();
  const posted: string[] = [];
  visitor.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/api/public/complaints"))
      posted.push(request.url());
  });

  await visitor.goto("/lapor");
  await expect(
    visitor.getByRole("heading", { level: 1, name: "Laporkan dugaan perdagangan orang" }),
  ).toBeVisible();
  await expect(visitor.getByRole("link", { name: "112" })).toBeVisible();
  await expectAccessible(visitor, "public complaint form");

  // An empty story is refused on the field, and nothing is sent.
  await visitor.getByRole("button", { name: "Kirim laporan" }).click();
  const story = visitor.getByRole("textbox", { name: /Ceritakan apa yang terjadi/ });
  await expect(story).toHaveAttribute("aria-invalid", "true");
  await expect(visitor.getByText("Wajib diisi.")).toBeVisible();
  await expect(story).toBeFocused();
  expect(posted).toEqual([]);

  await story.fill(
    `Tetangga saya (uji ${stamp}) dijanjikan kerja di restoran, tetapi paspornya ditahan dan tidak digaji.`,
  );
  const region = visitor.getByRole("combobox", { name: /^Kelurahan, kecamatan atau provinsi/ });
  await region.click();
  await region.fill("Cideng");
  await visitor.getByRole("option", { name: "Kelurahan Cideng, Kec. Gambir" }).click();
  await visitor.getByRole("checkbox", { name: /tanpa nama/ }).check();
  await expect(visitor.getByRole("textbox", { name: "Nama Anda" })).toHaveCount(0);
  await visitor.getByRole("button", { name: "Kirim laporan" }).click();

  await expect(visitor.getByRole("heading", { name: "Laporan Anda sudah diterima" })).toBeVisible({
    timeout: 60_000,
  });
  const trackingCode = ((await visitor.getByTestId("tracking-code").textContent()) ?? "").trim();
  expect(trackingCode).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(visitor.getByRole("button", { name: "Salin kode" })).toBeVisible();
  expect(posted).toHaveLength(1);

  await visitor.getByRole("link", { name: "Buka halaman pelacakan laporan ini" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/lapor/lacak/${trackingCode}$`));
  await expect(await trackingStatus(visitor)).toHaveText("Status: Diterima");
  await expectAccessible(visitor, "tracking page");

  // The tracker forgives lower case and spaces.
  await visitor.goto("/lapor/lacak");
  await visitor.getByRole("textbox", { name: "Kode pengaduan" }).fill(`  ${trackingCode.toLowerCase()} `);
  await visitor.getByRole("button", { name: "Lacak" }).click();
  await expect(await trackingStatus(visitor)).toHaveText("Status: Diterima");

  // The coordinator finds it in the queue by its code, reviews it and opens a case from it.
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Pengaduan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pengaduan" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Daftar pengaduan" }).getByRole("listitem").first(),
  ).toBeVisible();
  await expectAccessible(page, "complaint queue");
  await page
    .getByRole("searchbox", { name: "Cari kode pengaduan" })
    .fill(trackingCode.slice(0, 8).toLowerCase());
  await page.getByRole("link", { name: trackingCode }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Pengaduan ${trackingCode}` })).toBeVisible();
  await expect(page.getByText(`uji ${stamp}`)).toBeVisible();
  await expect(page.getByText("Anonim: pelapor tidak menyebutkan identitasnya.")).toBeVisible();
  await page.getByRole("button", { name: "Mulai telaah" }).click();
  await expect(page.getByText("Sedang ditelaah", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mulai telaah" })).toHaveCount(0);
  await expectAccessible(page, "complaint page");

  await page.getByRole("button", { name: "Triase" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: "Buka kasus baru" }).check();
  await dialog.getByRole("textbox", { name: /Judul kasus/ }).fill(`Dugaan kerja paksa di restoran ${stamp}`);
  await dialog.getByRole("button", { name: "Buka kasus" }).click();
  await expect(page).toHaveURL(/\/kasus\/[0-9a-f-]{36}/);

  await visitor.reload();
  await expect(await trackingStatus(visitor)).toHaveText("Status: Ditangani");
  await publicContext.close();
});

test("the police unit sees its referral inbox and accepts a referral awaiting an answer", async ({
  page,
}) => {
  await signIn(page, "layanan.polres@demo.gugus.id");
  await expect(mainNav(page).getByRole("link", { name: "Rujukan masuk" })).toBeVisible();
  // A service provider reaches referrals, never case lists.
  await expect(mainNav(page).getByRole("link", { name: "Kasus" })).toHaveCount(0);
  await mainNav(page).getByRole("link", { name: "Rujukan masuk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rujukan masuk" })).toBeVisible();
  const list = page.getByRole("list", { name: "Daftar rujukan masuk" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page, "referral inbox");

  await page.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: "Menunggu jawaban" }).click();
  await expect(page.getByText(/Batas jawaban|Tidak ada rujukan dengan status ini/).first()).toBeVisible();
  const waiting = list.getByRole("listitem");
  if ((await waiting.count()) === 0) {
    test.info().annotations.push({ type: "skipped-step", description: "no referral awaits an answer" });
    return;
  }

  await waiting.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rujukan untuk / })).toBeVisible();
  await expect(page.getByRole("link", { name: /^TPPO-/ })).toHaveCount(0);
  // Without two-step verification the shared identity stays hidden, and the page says why.
  await expect(page.getByText("Perlu verifikasi dua langkah")).toBeVisible();
  await expectAccessible(page, "referral page");
  await page.getByRole("button", { name: "Terima rujukan" }).click();
  await expect(page.getByText("Diterima", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Tandai selesai" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Layanan yang diberikan" })).toBeVisible();
});
