import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

async function phonePage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  return page;
}

/** A time as `<input type="datetime-local">` takes it, in Jakarta's wall clock. */
function wibLocal(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** Adds one person at the door: type, pick, press Enter; the form stays for the next. */
async function addAttendee(page: Page, name: string, sex: "Perempuan" | "Laki-laki", age: string) {
  const form = page.getByRole("form", { name: "Tambah peserta" });
  await form.getByRole("textbox", { name: /^Nama/ }).fill(name);
  await form.getByText(sex, { exact: true }).click();
  await form.getByText(age, { exact: true }).click();
  await form.getByRole("textbox", { name: /^Nama/ }).press("Enter");
  await expect(page.getByText(`${name} ditambahkan ke daftar hadir.`)).toBeVisible();
  // Ready for the next person: the name is empty again and has the cursor.
  await expect(form.getByRole("textbox", { name: /^Nama/ })).toHaveValue("");
  await expect(form.getByRole("textbox", { name: /^Nama/ })).toBeFocused();
}

test("a lurah records a held socialisation with an attendance list on a phone, and the coverage shows the kelurahan reached", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const title = `Sosialisasi bahaya TPPO bagi remaja (uji ${stamp})`;
  const lurah = await phonePage(browser, "lurah.cideng@demo.gugus.id");

  await lurah.getByRole("button", { name: "Buka menu navigasi" }).click();
  await mainNav(lurah).getByRole("link", { name: "Pencegahan" }).click();
  await expect(lurah.getByRole("heading", { level: 1, name: "Kegiatan pencegahan" })).toBeVisible();
  await expect(lurah.getByRole("list", { name: "Daftar kegiatan" })).toBeVisible();
  await expectAccessible(lurah, "the activity list");

  await lurah.getByRole("link", { name: "Catat kegiatan" }).click();
  await expect(lurah.getByRole("heading", { level: 1, name: "Catat kegiatan pencegahan" })).toBeVisible();
  // The lurah's own kelurahan is already the place.
  await expect(lurah.getByRole("combobox", { name: /^Kelurahan/ })).toHaveValue("Cideng");
  await expectAccessible(lurah, "the activity form");

  // Recorded as held but dated tomorrow: the server says what is wrong, next to the date.
  await lurah.getByRole("textbox", { name: /^Judul/ }).fill(title);
  // Target groups are chips: their checkbox sits under the label that is tapped.
  await lurah.getByText("Pelajar", { exact: true }).click();
  await lurah.getByText("Orang tua", { exact: true }).click();
  await expect(lurah.getByRole("checkbox", { name: "Pelajar" })).toBeChecked();
  const startsAt = lurah.getByLabel(/^Mulai \(WIB\)/);
  await startsAt.fill(wibLocal(new Date(Date.now() + 86_400_000)));
  await lurah.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(lurah.getByText(/tidak boleh bertanggal di masa depan/)).toBeVisible();
  await expect(lurah).toHaveURL(/\/pencegahan\/baru$/);

  await startsAt.fill(wibLocal(new Date(Date.now() - 10 * 60_000)));
  await lurah.getByRole("button", { name: "Simpan kegiatan" }).click();
  // A held activity goes straight on to its participants.
  await expect(lurah.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(lurah).toHaveURL(/\/pencegahan\/[0-9a-f-]{36}\/peserta$/);

  await addAttendee(lurah, `Siti Aminah ${stamp}`, "Perempuan", "Anak");
  await addAttendee(lurah, `Budi Santoso ${stamp}`, "Laki-laki", "Dewasa");
  await addAttendee(lurah, `Rina Kartika ${stamp}`, "Perempuan", "Dewasa");
  await expect(lurah.getByRole("heading", { level: 2, name: "Daftar hadir (3 orang)" })).toBeVisible();
  await expect(lurah.getByText("dari daftar hadir")).toBeVisible();
  // The same name twice is refused with a reason.
  const form = lurah.getByRole("form", { name: "Tambah peserta" });
  await form.getByRole("textbox", { name: /^Nama/ }).fill(`siti aminah ${stamp}`);
  await form.getByText("Perempuan", { exact: true }).click();
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(lurah.getByText(/sudah ada di daftar hadir/)).toBeVisible();
  await expectAccessible(lurah, "the participants tab");

  await lurah.goto("/pencegahan/cakupan");
  await expect(lurah.getByRole("heading", { level: 1, name: "Cakupan" })).toBeVisible();
  const table = lurah.getByRole("table", { name: /^Cakupan kegiatan pencegahan \d{4} per kelurahan/ });
  const cideng = table.getByRole("row", { name: /^Cideng/ });
  await expect(cideng).toBeVisible();
  await expect(cideng.getByText("Belum ada kegiatan")).toHaveCount(0);
  const cells = await cideng.getByRole("cell").allInnerTexts();
  expect(Number(cells[0])).toBeGreaterThanOrEqual(1);
  expect(Number.parseInt(cells[1]!, 10)).toBeGreaterThanOrEqual(3);
  // Kelurahan nothing has reached yet stand out.
  await expect(table.getByText("Belum ada kegiatan").first()).toBeVisible();
  await expectAccessible(lurah, "the coverage view");

  await lurah.goto("/sekolah");
  await expect(lurah.getByRole("heading", { level: 1, name: "Sekolah" })).toBeVisible();
  await expectAccessible(lurah, "the schools registry");
});

test("the secretariat imports an attendance list from a spreadsheet: every rejected row shows its reason before anything is saved", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  const created = await page.request.post("/api/prevention/activities", {
    data: {
      typeCode: "community_education",
      title: `Penyuluhan migrasi aman (uji ${stamp})`,
      status: "held",
      startsAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
      placeKind: "rptra",
      regionCode: "31.71.05.1001",
      placeDetail: "RPTRA uji",
      targetGroupCodes: ["prospective_migrant_workers"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/pencegahan/${id}/peserta`);
  await page.getByRole("button", { name: "Impor dari lembar kerja" }).click();
  const dialog = page.getByRole("dialog", { name: "Impor daftar hadir" });
  const csv = [
    "nama;organisasi_atau_sekolah;jenis_kelamin;kelompok_umur;telepon",
    `Ahmad ${stamp};Karang Taruna;L;24;081299990000`,
    `Dewi ${stamp};PKK RW 02;P;dewasa;`,
    `Tanpa Jenis ${stamp};;X;dewasa;`,
  ].join("\n");
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: "hadir.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await dialog.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(dialog.getByText("3 baris dibaca: 2 diterima, 1 ditolak.")).toBeVisible();
  const rejected = dialog.getByRole("table", { name: "Baris yang ditolak" });
  await expect(rejected.getByRole("row", { name: /^4 jenis_kelamin harus salah satu dari/ })).toBeVisible();
  await expectAccessible(page, "the import preview");
  // Nothing is saved yet, and the import waits until the rejected row is knowingly left out.
  const importButton = dialog.getByRole("button", { name: "Impor 2 peserta" });
  await expect(importButton).toBeDisabled();
  await dialog.getByRole("checkbox", { name: /^Impor 2 baris yang diterima saja/ }).check();
  await importButton.click();
  await expect(page.getByText("2 peserta ditambahkan ke daftar hadir.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Daftar hadir (2 orang)" })).toBeVisible();
  await expect(page.getByText(`Ahmad ${stamp}`)).toBeVisible();
});
