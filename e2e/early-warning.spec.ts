import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const phone = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

// A real 8×6 PNG: the form redraws it as a JPEG before sending, as it does a phone's photo.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAVklEQVR4nAXBQQHAQBACMWRUAnKQw3OkIGflnIQmkrCIqJg48cQnJGMTUzNz5pnPSMEhoWHhwgtfkIpLSsvKlVe+Ig2PjI6NG298Qzp85Oix4453fMcPGMY/AZ1qe1AAAAAASUVORK5CYII=",
  "base64",
);

async function phonePage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  return page;
}

/** On a phone the navigation sits behind the menu button. */
async function openFromMenu(page: Page, name: string) {
  await page.getByRole("button", { name: "Buka menu navigasi" }).click();
  await mainNav(page).getByRole("link", { name }).click();
}

test("a lurah files an early warning on a phone, the secretariat escalates it to a complaint, the lurah is thanked", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const lurah = await phonePage(browser, "lurah.cideng@demo.gugus.id");

  await openFromMenu(lurah, "Kewaspadaan dini");
  await expect(lurah.getByRole("heading", { level: 1, name: "Laporan saya" })).toBeVisible();
  await expect(lurah.getByRole("list", { name: "Daftar laporan kewaspadaan dini" })).toBeVisible();
  await expectAccessible(lurah, "the lurah's reports");

  await lurah.getByRole("link", { name: "Buat laporan" }).click();
  await expect(lurah.getByRole("heading", { level: 1, name: "Laporan kewaspadaan dini" })).toBeVisible();
  // It never asks who the victim is, and says so, next to the form and in the text's hint.
  await expect(lurah.getByText("Jangan tuliskan identitas korban")).toBeVisible();
  await expect(lurah.getByText(/Jangan tulis nama korban\./)).toBeVisible();
  await expect(lurah.getByRole("textbox", { name: /nama korban|NIK/i })).toHaveCount(0);
  // The lurah's own kelurahan is already chosen.
  await expect(lurah.getByRole("combobox", { name: /^Kelurahan/ })).toHaveValue("Cideng");
  await expectAccessible(lurah, "the early-warning form");

  // Sent empty, the form names what is missing and sends nothing.
  await lurah.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(lurah.getByText("Wajib diisi.").first()).toBeVisible();
  await expect(lurah).toHaveURL(/\/kewaspadaan\/baru$/);

  await lurah.getByRole("radio", { name: /Lowongan kerja daring mencurigakan/ }).check();
  await lurah.getByRole("radio", { name: /^Segera/ }).check();
  await lurah.getByRole("textbox", { name: /^Tempat atau alamat/ }).fill("Grup WhatsApp warga RW 05");
  await lurah
    .getByRole("textbox", { name: /^Apa yang Anda lihat atau dengar/ })
    .fill(
      `Lowongan host live streaming di Kamboja (uji ${stamp}), gaji Rp15 juta, tiket dibayari, remaja diminta berangkat diam-diam.`,
    );
  await lurah
    .locator('input[type="file"]')
    .setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: PNG });
  await expect(lurah.getByRole("img", { name: "Pratinjau foto yang akan dikirim" })).toBeVisible();
  await lurah.getByRole("button", { name: "Kirim laporan" }).click();

  await expect(lurah).toHaveURL(/\/kewaspadaan\/[0-9a-f-]{36}$/);
  const heading = lurah.getByRole("heading", { level: 1, name: /^Laporan KWD-/ });
  await expect(heading).toBeVisible();
  const code = ((await heading.textContent()) ?? "").replace("Laporan ", "").trim();
  expect(code).toMatch(/^KWD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const warningUrl = lurah.url();
  await expect(lurah.getByText("Baru", { exact: true })).toBeVisible();
  await expect(lurah.getByText(/menunggu diperiksa sekretariat/)).toBeVisible();
  await expect(lurah.getByRole("button", { name: "Verifikasi" })).toHaveCount(0);

  // The coordinator finds it in the queue, verifies it and escalates it into the intake queue.
  const coordinator = await phonePage(browser, "koordinator@demo.gugus.id");
  await openFromMenu(coordinator, "Kewaspadaan dini");
  await expect(
    coordinator.getByRole("heading", { level: 1, name: "Antrean kewaspadaan dini" }),
  ).toBeVisible();
  const queue = coordinator.getByRole("list", { name: "Daftar laporan kewaspadaan dini" });
  await expect(queue.getByRole("listitem").first()).toBeVisible();
  await expectAccessible(coordinator, "the secretariat's queue");
  await queue.getByRole("link", { name: code }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: `Laporan ${code}` })).toBeVisible();
  await expect(coordinator.getByText(`uji ${stamp}`)).toBeVisible();

  await coordinator.getByRole("button", { name: "Tampilkan foto" }).click();
  await expect(
    coordinator.getByRole("img", { name: `Foto yang dikirim bersama laporan ${code}` }),
  ).toBeVisible();

  await coordinator.getByRole("button", { name: "Verifikasi" }).click();
  await coordinator.getByRole("dialog").getByRole("button", { name: "Tandai terverifikasi" }).click();
  await expect(coordinator.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();

  await coordinator.getByRole("button", { name: "Teruskan" }).click();
  const dialog = coordinator.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: /Pos pengaduan gugus tugas/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Buat pengaduan" }).click();
  await expect(coordinator.getByText("Diteruskan", { exact: true }).first()).toBeVisible();
  const complaintLink = coordinator.getByRole("link", { name: /^ADU-/ });
  await expect(complaintLink).toBeVisible();
  const trackingCode = ((await complaintLink.textContent()) ?? "").trim();

  // The complaint waits in the intake queue, on the early-warning channel, linked back.
  await openFromMenu(coordinator, "Pengaduan");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Pengaduan" })).toBeVisible();
  await coordinator.getByRole("searchbox", { name: "Cari kode pengaduan" }).fill(trackingCode);
  const intake = coordinator.getByRole("list", { name: "Daftar pengaduan" });
  await expect(intake.getByRole("listitem")).toHaveCount(1);
  await expect(intake.getByText(/Laporan kewaspadaan dini/)).toBeVisible();
  await intake.getByRole("link", { name: trackingCode }).click();
  await expect(
    coordinator.getByRole("heading", { level: 1, name: `Pengaduan ${trackingCode}` }),
  ).toBeVisible();
  await expect(coordinator.getByText(`uji ${stamp}`)).toBeVisible();
  await expect(coordinator.getByRole("link", { name: code })).toBeVisible();

  // The lurah sees where the report went, and is thanked for it.
  await lurah.goto(warningUrl);
  await expect(lurah.getByText("Diteruskan", { exact: true }).first()).toBeVisible();
  await expect(lurah.getByTestId("warning-thanks")).toContainText(
    "Terima kasih, laporan Anda ditindaklanjuti",
  );
  await expect(lurah.getByText(trackingCode)).toBeVisible();
  await expectAccessible(lurah, "the escalated report, as its reporter sees it");
  await lurah.getByRole("link", { name: "Kembali ke daftar laporan" }).click();
  const mine = lurah.getByRole("list", { name: "Daftar laporan kewaspadaan dini" });
  await expect(mine.getByRole("listitem").first()).toContainText(code);
  await expect(mine.getByRole("listitem").first()).toContainText("Diteruskan ke pos pengaduan");
});
