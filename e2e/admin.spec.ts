import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";

test("an administrator creates an account whose owner can then sign in", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "admin@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();

  await page.goto("/pengguna");
  await page.getByRole("button", { name: /Tambah pengguna/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Nama/).fill(`Petugas Uji ${stamp}`);
  await dialog.getByLabel(/^Email/).fill(`petugas.${stamp}@uji.gugus.id`);
  await dialog.getByLabel(/^Peran/).click();
  await page.getByRole("option", { name: "Manajer Kasus" }).click();
  await dialog.getByLabel(/^Organisasi/).click();
  await page
    .getByRole("option", { name: /UPT PPPA/ })
    .first()
    .click();
  await dialog
    .getByLabel(/^Kata sandi/)
    .first()
    .fill("kata-sandi-uji-123");
  await dialog.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByText(`Akun Petugas Uji ${stamp} telah dibuat.`)).toBeVisible();
  await page.getByRole("searchbox", { name: "Cari" }).fill(stamp);
  await expect(page.getByText(`petugas.${stamp}@uji.gugus.id`)).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, `petugas.${stamp}@uji.gugus.id`, "kata-sandi-uji-123");
  await expect(
    other.getByRole("heading", { level: 1, name: new RegExp(`Petugas Uji ${stamp}`) }),
  ).toBeVisible();
  await other.close();
});
