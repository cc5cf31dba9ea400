import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const COORDINATOR = "koordinator@demo.gugus.id";

// A step that cannot happen fails in seconds, naming the step, rather than at the test's end.
test.use({ actionTimeout: 15_000 });

const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

async function signedIn(browser: Browser, options: object = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta", ...options });
  const page = await context.newPage();
  await signIn(page, COORDINATOR);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  return page;
}

/** Picks options of a searchable multi-select by typing part of each name. */
async function pickOrganizations(page: Page, label: RegExp, names: string[]) {
  const input = page.getByRole("combobox", { name: label });
  for (const name of names) {
    await input.click();
    await input.fill(name.slice(0, 12));
    await page.getByRole("option", { name }).click();
  }
  await input.press("Escape");
}

/** Fills the meeting form's day, times and title, then saves; returns the new meeting's address. */
async function saveSession(page: Page, title: string, day: string) {
  await page.getByRole("textbox", { name: /^Judul rapat/ }).fill(title);
  await page.getByRole("textbox", { name: "Tanggal", exact: true }).fill(day);
  await page.getByLabel(/^Mulai \(WIB\)/).fill("09:00");
  await page.getByLabel(/^Selesai \(WIB\)/).fill("12:00");
  await page.getByRole("button", { name: "Simpan rapat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/koordinasi\/rapat\/[0-9a-f-]{36}$/);
  return page.url();
}

test("the coordinator plans a three-meeting series, invites members, takes attendance at the door on a phone and writes the minutes", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const series = `Penguatan Gugus Tugas (uji ${stamp})`;
  const page = await signedIn(browser);

  await mainNav(page).getByRole("link", { name: "Koordinasi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat koordinasi" })).toBeVisible();
  await expectAccessible(page, "the meeting list");
  await page.getByRole("link", { name: "Rapat baru" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat baru" })).toBeVisible();

  // A new series, named here.
  await page.getByRole("combobox", { name: /^Rangkaian rapat/ }).click();
  await page.getByRole("option", { name: "+ Rangkaian baru" }).click();
  await page.getByRole("textbox", { name: /^Nama rangkaian baru/ }).fill(series);
  await page
    .getByRole("textbox", { name: /^Maksud dan tujuan/ })
    .fill("Memperkuat peran lurah, camat, sekolah dan OPD dalam pencegahan TPPO.");
  await page.getByRole("textbox", { name: /^Tempat/ }).fill("Ruang Pola Kantor Wali Kota Jakarta Pusat");
  await page.getByRole("textbox", { name: /^Pimpinan rapat/ }).fill("Asisten Kesejahteraan Rakyat");
  await page.getByRole("textbox", { name: /^Butir agenda 1/ }).fill("Pembukaan dan arahan");
  await page.getByRole("button", { name: "Tambah butir agenda" }).click();
  await page
    .getByRole("textbox", { name: /^Butir agenda 2/ })
    .fill("Peran lurah dan camat dalam kewaspadaan dini");
  await pickOrganizations(page, /^Organisasi anggota/, [
    "Unit PPA Polres Metro Jakarta Pusat",
    "Suku Dinas Sosial Kota Administrasi Jakarta Pusat",
    "Kecamatan Gambir",
  ]);
  await expectAccessible(page, "the meeting form");

  // The end before the start is refused, next to the time, before anything is saved.
  await page.getByRole("textbox", { name: /^Judul rapat/ }).fill(`${series} — Sesi 1`);
  await page.getByRole("textbox", { name: "Tanggal", exact: true }).fill("2024-05-15");
  await page.getByLabel(/^Mulai \(WIB\)/).fill("12:00");
  await page.getByLabel(/^Selesai \(WIB\)/).fill("09:00");
  await page.getByRole("button", { name: "Simpan rapat" }).click();
  await expect(page.getByText("waktu selesai harus sesudah waktu mulai")).toBeVisible();
  await expect(page).toHaveURL(/\/koordinasi\/rapat\/baru$/);

  const first = await saveSession(page, `${series} — Sesi 1`, "2024-05-15");
  await expect(page.getByText("Rabu, 15 Mei 2024 · 09.00–12.00 WIB").first()).toBeVisible();

  // The next sessions start as copies of this one: same series, place, agenda and invitees.
  for (const [n, day] of [
    [2, "2024-05-21"],
    [3, "2024-05-22"],
  ] as const) {
    await page.getByRole("button", { name: "Lainnya" }).click();
    await page.getByRole("menuitem", { name: "Buat sesi berikutnya" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sesi berikutnya" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Tempat/ })).toHaveValue(
      "Ruang Pola Kantor Wali Kota Jakarta Pusat",
    );
    await saveSession(page, `${series} — Sesi ${n}`, day);
  }
  await expect(page.getByRole("heading", { level: 2, name: `Rangkaian: ${series}` })).toBeVisible();
  const sessions = page.getByRole("list").filter({ hasText: "Sesi 1" }).filter({ hasText: "Sesi 2" });
  await expect(sessions.getByRole("listitem")).toHaveCount(3);

  // Invitations of the first session: three member organisations, one more added here.
  await page.goto(`${first}/undangan`);
  await expect(page.getByRole("heading", { level: 2, name: "Daftar undangan (3)" })).toBeVisible();
  await page.getByRole("button", { name: "Tambah undangan" }).click();
  await pickOrganizations(page, /^Organisasi anggota/, ["UPT PPPA (Pos Pengaduan Jakarta Pusat)"]);
  await page.getByRole("button", { name: "Tambahkan ke daftar" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Daftar undangan (4)" })).toBeVisible();
  await expectAccessible(page, "the invitations tab");

  // At the door, on a phone: one tap per invitee, and a walk-in.
  const door = await signedIn(browser, phone);
  await door.goto(`${first}/kehadiran`);
  await expect(door.getByText("0 hadir · 4 diundang")).toBeVisible();
  await door.getByRole("button", { name: "Tandai hadir: Unit PPA Polres Metro Jakarta Pusat" }).click();
  await expect(door.getByText("1 hadir · 4 diundang")).toBeVisible();
  await door.getByRole("button", { name: "Tandai hadir: Kecamatan Gambir" }).click();
  await expect(door.getByText("2 hadir · 4 diundang")).toBeVisible();
  const walkIn = door.getByRole("form", { name: "Tambah peserta tanpa undangan" });
  await walkIn.getByRole("textbox", { name: /^Nama/ }).fill(`Pak RW ${stamp}`);
  await walkIn.getByRole("combobox", { name: /^Organisasi/ }).fill("RW 05 Kelurahan Cideng");
  await walkIn.getByRole("textbox", { name: /^Jabatan/ }).fill("Ketua RW");
  await walkIn.getByRole("button", { name: "Catat hadir" }).click();
  await expect(door.getByText(`Pak RW ${stamp} tercatat hadir.`)).toBeVisible();
  await expect(door.getByText("3 hadir · 4 diundang")).toBeVisible();
  await expect(door.getByRole("heading", { level: 2, name: "Hadir tanpa undangan (1)" })).toBeVisible();
  await expectAccessible(door, "the door list on a phone");

  // The minutes, with two numbered decisions.
  await page.goto(`${first}/notulen`);
  await page
    .getByRole("textbox", { name: /^Catatan umum/ })
    .fill("Rapat dibuka pukul 09.10 WIB oleh Asisten Kesra.");
  await page
    .getByRole("textbox", { name: "2. Peran lurah dan camat dalam kewaspadaan dini" })
    .fill("Lurah diminta aktif mengawasi rumah kos dan lowongan kerja mencurigakan.");
  await page.getByRole("button", { name: "Simpan notulen" }).click();
  await expect(page.getByText("Notulen disimpan.")).toBeVisible();
  const decisions = [
    "Setiap kelurahan menunjuk petugas kewaspadaan dini TPPO.",
    "Camat mengoordinasikan pendataan warga yang akan bekerja ke luar negeri.",
  ];
  for (const [i, text] of decisions.entries()) {
    await page.getByRole("textbox", { name: `Keputusan ${i + 1}` }).fill(text);
    await page.getByRole("button", { name: "Tambah keputusan" }).click();
    await expect(page.getByText(`Keputusan ${i + 1} dicatat.`)).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Keputusan rapat (2)" })).toBeVisible();
  const list = page.getByRole("list").filter({ hasText: decisions[0]! });
  await expect(list.getByRole("listitem").nth(0)).toContainText(`1.${decisions[0]}`);
  await expect(list.getByRole("listitem").nth(1)).toContainText(`2.${decisions[1]}`);
  await expectAccessible(page, "the meeting page");

  // The meeting counts what happened; the list shows it among the past meetings.
  await page.goto(first);
  await expect(page.getByText("4 diundang · 3 hadir · 2 keputusan")).toBeVisible();
  await expect(page.getByText("Terlaksana").first()).toBeVisible();
  await page.goto("/koordinasi?tampilan=kalender&bulan=2024-05");
  await page.getByRole("button", { name: /^Tanggal 22: \d+ rapat/ }).click();
  await expect(page.getByRole("link", { name: `${series} — Sesi 3` })).toBeVisible();
  await expectAccessible(page, "the meeting calendar");
});

test("members read the structure and the directory on a phone, and subscribe to their meeting calendar", async ({
  browser,
}) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, "lurah.cideng@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();

  await page.goto("/koordinasi/struktur");
  await expect(page.getByRole("heading", { level: 1, name: "Struktur gugus tugas" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Ketua harian" })).toBeVisible();
  await expect(page.getByText(/Nomor 35 Tahun 2025/)).toBeVisible();
  await page.getByRole("button", { name: "Riwayat keanggotaan" }).click();
  await expect(page.getByText("Mutasi jabatan").first()).toBeVisible();
  await expectAccessible(page, "the structure page");

  await page.goto("/koordinasi/direktori");
  await page.getByRole("searchbox", { name: "Cari" }).fill("polres");
  const polres = page.getByRole("listitem").filter({ hasText: "Unit PPA Polres Metro Jakarta Pusat" });
  await expect(polres.getByRole("link", { name: /^021-/ }).first()).toHaveAttribute("href", /^tel:021/);
  await expectAccessible(page, "the member directory");

  await page.goto("/akun");
  await page.getByRole("button", { name: "Buat tautan kalender" }).click();
  await expect(page.getByText(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)).toBeVisible();
  const url = (await page.getByText(/\/api\/calendar\//).textContent()) ?? "";
  const feed = await page.request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  // The kelurahan is invited to the coming case evaluation; the feed carries it.
  expect(await feed.text()).toContain("SUMMARY:Rapat Evaluasi Penanganan Kasus Perekrutan Daring");
  await expectAccessible(page, "the account page with the calendar feed");
});
