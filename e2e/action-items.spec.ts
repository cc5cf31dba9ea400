import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const COORDINATOR = "koordinator@demo.gugus.id";
const LURAH = "lurah.cideng@demo.gugus.id";
const DAY = 86_400_000;

const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

/** A calendar day in Jakarta, as a date field takes it. */
const wibDay = (at: number) => new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);

async function signedIn(browser: Browser, email: string, options: object = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta", ...options });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  return page;
}

/** Records one action item from the meeting's follow-up tab; the form stays open for the next. */
async function addItem(page: Page, item: { description: string; organization: string; dueOn: string }) {
  await page.getByRole("textbox", { name: /^Tindak lanjut/ }).fill(item.description);
  const owner = page.getByRole("combobox", { name: /^Organisasi penanggung jawab/ });
  await owner.click();
  await owner.fill(item.organization.slice(0, 14));
  await page.getByRole("option", { name: item.organization, exact: true }).click();
  await page.getByLabel(/^Batas waktu/).fill(item.dueOn);
  await page.getByRole("button", { name: "Simpan dan tambah lagi" }).click();
  await expect(page.getByRole("link", { name: item.description })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Tindak lanjut/ })).toHaveValue("");
}

test("the coordinator records three action items from a meeting's minutes; the owner reports one done; the overdue one leads the secretariat's list", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const now = Date.now();
  const coordinator = await signedIn(browser, COORDINATOR);

  // A demo meeting held three weeks ago or more: an item due the day after it is long overdue.
  const past = await (await coordinator.request.get("/api/meetings?when=past&limit=50")).json();
  const meeting = past.items.find(
    (m: { status: string; startsAt: string }) =>
      m.status === "held" && Date.parse(m.startsAt) < now - 21 * DAY,
  ) as { id: string; title: string; startsAt: string; status: string };
  expect(meeting?.status, "the demo holds a meeting held three weeks ago or more").toBe("held");
  const meetingDay = Date.parse(`${wibDay(Date.parse(meeting.startsAt))}T00:00:00Z`);

  await coordinator.goto(`/koordinasi/rapat/${meeting.id}/tindak-lanjut`);
  await expect(coordinator.getByRole("heading", { level: 2, name: "Tindak lanjut rapat ini" })).toBeVisible();
  await coordinator.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expectAccessible(coordinator, "the meeting's follow-up tab with its form");

  // A due date is required, and said so next to the field.
  await coordinator.getByRole("textbox", { name: /^Tindak lanjut/ }).fill(`Tanpa batas waktu ${stamp}`);
  await coordinator.getByRole("button", { name: "Simpan dan tambah lagi" }).click();
  await expect(coordinator.getByText("Wajib diisi.").first()).toBeVisible();

  const done = `Sosialisasi lowongan kerja palsu di RW 05 Cideng (${stamp})`;
  const overdue = `Rekap pendampingan korban triwulan ini (${stamp})`;
  const later = `Patroli kos-kosan yang dilaporkan warga (${stamp})`;
  await addItem(coordinator, {
    description: done,
    organization: "Kelurahan Cideng",
    dueOn: wibDay(now + 14 * DAY),
  });
  await addItem(coordinator, {
    description: overdue,
    organization: "UPT PPPA (Pos Pengaduan Jakarta Pusat)",
    dueOn: wibDay(meetingDay + DAY),
  });
  await addItem(coordinator, {
    description: later,
    organization: "Unit PPA Polres Metro Jakarta Pusat",
    dueOn: wibDay(now + 30 * DAY),
  });
  await coordinator.getByRole("button", { name: "Batal" }).click();
  const overdueCard = coordinator.getByRole("listitem").filter({ hasText: overdue });
  await expect(overdueCard.getByText(/^Terlambat \d+ hari$/)).toBeVisible();

  // The owner organisation's lurah, on a phone: the bell says something is new; the item is in
  // "my action items"; a report marks it done.
  const lurah = await signedIn(browser, LURAH, phone);
  await expect(lurah.getByRole("button", { name: /^Notifikasi, \d+ belum dibaca$/ })).toBeVisible();
  await lurah.getByRole("button", { name: /Buka menu navigasi/ }).click();
  await mainNav(lurah).getByRole("link", { name: "Tindak lanjut" }).click();
  await expect(lurah.getByRole("heading", { level: 1, name: "Tindak lanjut" })).toBeVisible();
  await expect(lurah.getByRole("link", { name: overdue })).toHaveCount(0);
  await expectAccessible(lurah, "my action items on a phone");
  await lurah.getByRole("link", { name: done }).click();
  await expect(lurah.getByRole("heading", { level: 1, name: "Tindak lanjut" })).toBeVisible();
  const status = lurah.getByRole("combobox", { name: /^Status baru/ });
  await status.click();
  await lurah.getByRole("option", { name: "Selesai" }).click();
  await lurah
    .getByRole("textbox", { name: /^Perkembangan/ })
    .fill(
      "Sosialisasi terlaksana di balai warga RW 05, dihadiri 42 warga; daftar hadir disimpan di kelurahan.",
    );
  await expectAccessible(lurah, "the report form on a phone");
  await lurah.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(lurah.getByText("Laporan dikirim; status sekarang: Selesai.")).toBeVisible();
  await expect(lurah.getByText("Terbuka → Selesai")).toBeVisible();
  await expect(lurah.getByText(/^Sosialisasi terlaksana di balai warga RW 05/)).toBeVisible();

  // The secretariat's list of every organisation: the overdue item leads its organisation's
  // items, and the meeting's own list puts it first too; the done one is last.
  await mainNav(coordinator).getByRole("link", { name: "Tindak lanjut" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Tindak lanjut" })).toBeVisible();
  const upt = coordinator.getByRole("combobox", { name: /^Organisasi penanggung jawab/ });
  await upt.click();
  await upt.fill("UPT PPPA");
  await coordinator.getByRole("option", { name: "UPT PPPA (Pos Pengaduan Jakarta Pusat)" }).click();
  const list = coordinator.getByRole("list", { name: "Daftar tindak lanjut" });
  await expect(list.getByRole("listitem").first()).toContainText(overdue);
  await expect(list.getByRole("listitem").first()).toContainText(/Terlambat \d+ hari/);
  await expectAccessible(coordinator, "the secretariat's list");
  await coordinator
    .locator("label")
    .filter({ hasText: /^Per organisasi$/ })
    .click();
  await expect(coordinator.getByRole("table")).toBeVisible();
  await expectAccessible(coordinator, "the table by organisation");

  await coordinator.goto(`/koordinasi/rapat/${meeting.id}/tindak-lanjut`);
  const items = coordinator.getByRole("list", { name: "Tindak lanjut rapat ini" }).getByRole("listitem");
  await expect(items.filter({ hasText: done })).toContainText("Selesai");
  const texts = await items.allInnerTexts();
  const order = [overdue, later, done].map((d) => texts.findIndex((text) => text.includes(d)));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test("the work plan shows each indicator's progress, the zero-case target read as less is better", async ({
  browser,
}) => {
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const coordinator = await signedIn(browser, COORDINATOR);
  await mainNav(coordinator).getByRole("link", { name: "Rencana aksi" }).click();
  await expect(
    coordinator.getByRole("heading", { level: 1, name: `Rencana aksi daerah ${year}` }),
  ).toBeVisible();
  const zeroCase = coordinator.getByRole("listitem").filter({ hasText: "Kasus TPPO baru" });
  await expect(zeroCase).toContainText("Makin rendah makin baik");
  await expect(zeroCase).toContainText(/Dihitung dari data kasus .+ per .+ WIB/);
  // Cases rose in the demo, as the article says they do: the bar is empty and says why.
  await expect(zeroCase.getByRole("progressbar")).toHaveAttribute(
    "aria-label",
    /^Capaian Kasus TPPO baru: \d+%$/,
  );
  await expect(zeroCase).toContainText(/titik awal \d+/);
  await expectAccessible(coordinator, "the work plan");

  // An entered indicator: the secretariat records the figure to date.
  const schools = coordinator
    .getByRole("listitem")
    .filter({ hasText: "Sekolah yang membentuk satgas anti-TPPO" });
  await schools.getByRole("button", { name: /^Tindakan untuk indikator/ }).click();
  await coordinator.getByRole("menuitem", { name: "Isi realisasi" }).click();
  await expect(coordinator.getByRole("menu")).toHaveCount(0);
  await coordinator.getByRole("textbox", { name: /^Capaian s\.d\. tanggal/ }).fill("17");
  await coordinator.getByRole("textbox", { name: /^Catatan/ }).fill("Laporan Sudin Pendidikan (uji e2e)");
  await expectAccessible(coordinator, "the actual form");
  await coordinator.getByRole("dialog").getByRole("button", { name: "Isi realisasi" }).click();
  await expect(schools).toContainText(/^.*17 dari target/);
  await expect(schools).toContainText("Laporan Sudin Pendidikan (uji e2e)");

  // Earlier years stay readable; a member reads the plan on a phone, without the secretariat's menus.
  await coordinator.getByRole("combobox", { name: "Tahun rencana" }).click();
  await coordinator.getByRole("option", { name: String(year - 2) }).click();
  await expect(
    coordinator.getByRole("heading", { level: 1, name: `Rencana aksi daerah ${year - 2}` }),
  ).toBeVisible();
  const lurah = await signedIn(browser, LURAH, phone);
  await lurah.goto("/koordinasi/rencana-aksi");
  await expect(lurah.getByRole("heading", { level: 1, name: `Rencana aksi daerah ${year}` })).toBeVisible();
  await expect(lurah.getByRole("button", { name: /^Tindakan untuk/ })).toHaveCount(0);
  await expectAccessible(lurah, "the work plan on a phone");
});
