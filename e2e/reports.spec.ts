import { readFile } from "node:fs/promises";
import { type Browser, type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

const TITLE_2024 = "Laporan Tahunan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun 2024";

async function signedIn(browser: Browser, email: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  return page;
}

/** Downloads through a button and answers the file's first bytes. */
async function downloadedBytes(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), bytes };
}

test("the coordinator builds the annual report, edits it, finalises it and downloads it; leadership downloads it on a phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const year = Number(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()),
  );
  const coordinator = await signedIn(browser, "koordinator@demo.gugus.id");
  await mainNav(coordinator).getByRole("link", { name: "Laporan", exact: true }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Laporan periodik" })).toBeVisible();
  // The demo holds last year's final annual report and this year's first-semester draft.
  const list = coordinator.getByRole("region", { name: "Daftar laporan" });
  await expect(
    list.getByRole("link", { name: new RegExp(`^Laporan Tahunan .* Tahun ${year - 1}$`) }),
  ).toBeVisible();
  await expect(
    list.getByRole("link", { name: new RegExp(`^Laporan Semester I .* Tahun ${year}$`) }),
  ).toBeVisible();
  await expectAccessible(coordinator, "the report list");

  await coordinator.getByRole("button", { name: "Buat laporan" }).click();
  const form = coordinator.getByRole("region", { name: "Buat laporan baru" });
  await expect(form.getByRole("radio", { name: "Tahunan" })).toBeChecked();
  await form.getByRole("combobox", { name: "Tahun" }).click();
  await coordinator.getByRole("option", { name: "2024", exact: true }).click();
  await expectAccessible(coordinator, "the report form");
  // Two semester reports asked for just before: builds run one at a time, so the annual report
  // waits its turn behind them and its progress is there to see.
  for (const semester of [1, 2]) {
    const queued = await coordinator.request.post("/api/reports", {
      data: { kind: "semester", year: 2023, semester },
    });
    expect(queued.status()).toBe(202);
  }
  await form.getByRole("button", { name: "Susun laporan" }).click();

  // The build's progress, then the editor.
  await expect(coordinator).toHaveURL(/\/laporan\/[0-9a-f-]{36}$/);
  await expect(coordinator.getByRole("heading", { name: "Laporan sedang disusun" })).toBeVisible();
  // At 0% the bar has no width to see: it is there, with the step it is on beside it.
  await expect(coordinator.getByRole("progressbar", { name: "Kemajuan penyusunan laporan" })).toBeAttached();
  await expect(
    coordinator.getByText(
      /^(Menunggu giliran disusun|Menghitung angka dasbor|Menghitung pembanding|Menyiapkan draf|Memeriksa berkas)/,
    ),
  ).toBeVisible();
  await expect(coordinator.getByRole("heading", { level: 1, name: TITLE_2024 })).toBeVisible({
    timeout: 60_000,
  });
  const cases = coordinator.getByRole("textbox", { name: "II. Gambaran umum kasus" });
  await expect(cases).toHaveValue(/^Sepanjang 2024 tercatat \d+ korban dalam \d+ kasus/);
  await coordinator.getByRole("button", { name: "Tampilkan angka bagian ini" }).first().click();
  await expect(coordinator.getByRole("heading", { name: "Tren per tahun" })).toBeVisible();
  await expectAccessible(coordinator, "the report editor");

  await coordinator
    .getByRole("textbox", { name: "VII. Kendala" })
    .fill("Pendataan korban di kelurahan belum seragam (uji e2e).");
  await coordinator.getByRole("button", { name: "Simpan" }).first().click();
  await expect(coordinator.getByText("Narasi disimpan.")).toBeVisible();

  // Finalising asks first, and names the section still empty.
  await coordinator.getByRole("button", { name: "Finalkan" }).click();
  const dialog = coordinator.getByRole("dialog", { name: "Finalkan laporan?" });
  await expect(dialog).toContainText("Rekomendasi dan rencana tindak lanjut");
  // Checked once the opening transition has ended: a half-faded button is not what people read.
  await expect(dialog).toHaveCSS("opacity", "1");
  await expectAccessible(coordinator, "the finalise question");
  await dialog.getByRole("button", { name: "Finalkan" }).click();
  await expect(coordinator.getByText(/^Laporan ini final sejak/)).toBeVisible();
  await expect(coordinator.getByRole("textbox", { name: "VII. Kendala" })).toHaveCount(0);
  await expect(coordinator.getByText("Pendataan korban di kelurahan belum seragam (uji e2e).")).toBeVisible();

  const pdf = await downloadedBytes(coordinator, "Unduh PDF");
  expect(pdf.name).toBe("laporan-tahunan-gugus-tugas-pp-tppo-kota-administrasi-jakarta-pusat-tahun-2024.pdf");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const xlsx = await downloadedBytes(coordinator, "Unduh XLSX");
  expect(xlsx.name).toMatch(/tahun-2024\.xlsx$/);
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  // Leadership, on a phone: the final reports, never the secretariat's draft.
  const leader = await signedIn(browser, "pimpinan@demo.gugus.id", phone);
  await leader.getByRole("button", { name: "Buka menu navigasi" }).click();
  await mainNav(leader).getByRole("link", { name: "Laporan", exact: true }).click();
  await expect(leader.getByRole("heading", { level: 1, name: "Laporan periodik" })).toBeVisible();
  await expect(leader.getByRole("button", { name: "Buat laporan" })).toHaveCount(0);
  await expect(leader.getByRole("link", { name: TITLE_2024 })).toBeVisible();
  await expect(leader.getByRole("link", { name: /^Laporan Semester I/ })).toHaveCount(0);
  await expectAccessible(leader, "the report list on a phone");
  await leader.getByRole("link", { name: TITLE_2024 }).click();
  await expect(leader.getByRole("heading", { level: 1, name: TITLE_2024 })).toBeVisible();
  await expect(leader.getByRole("button", { name: "Finalkan" })).toHaveCount(0);
  await expectAccessible(leader, "the final report on a phone");
  await leader.getByText("English", { exact: true }).click();
  await expect(leader.getByRole("radio", { name: "English" })).toBeChecked();
  const english = await downloadedBytes(leader, "Unduh PDF");
  expect(english.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const sheet = await downloadedBytes(leader, "Unduh XLSX");
  expect([...sheet.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});
