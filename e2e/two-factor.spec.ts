import { expect, test } from "@playwright/test";
import { currentTotp } from "../server/auth/totp.ts";
import { mainNav, signIn } from "./helpers.ts";

test("a case manager turns on two-step verification and then signs in with a code", async ({ page }) => {
  await signIn(page, "manajer.kasus@demo.gugus.id");
  await expect(page.getByText("Aktifkan verifikasi dua langkah").first()).toBeVisible();
  await page.getByRole("link", { name: "Atur verifikasi dua langkah sekarang" }).click();
  await page.getByRole("button", { name: "Aktifkan verifikasi dua langkah" }).click();
  await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  await page.getByRole("textbox", { name: "Kode verifikasi (6 angka)" }).fill(currentTotp(secret));
  await page.getByRole("button", { name: "Aktifkan", exact: true }).click();
  await expect(page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "Saya sudah menyimpannya" }).click();
  // The warning disappears once the session has a verified second factor.
  await expect(page.getByText("Atur verifikasi dua langkah sekarang")).toHaveCount(0);

  await page.getByRole("button", { name: /Menu pengguna/ }).click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  // Signing out reloads the page onto the sign-in form; navigating before that lands would race it.
  await expect(page.getByRole("heading", { name: "Masuk ke Gugus" })).toBeVisible();
  await signIn(page, "manajer.kasus@demo.gugus.id");
  await page.getByRole("textbox", { name: "Kode verifikasi (6 angka)" }).fill("000000");
  await page.getByRole("button", { name: "Verifikasi" }).click();
  await expect(page.getByText(/Kode verifikasi salah/)).toBeVisible();
  await page.getByRole("textbox", { name: "Kode verifikasi (6 angka)" }).fill(currentTotp(secret));
  await page.getByRole("button", { name: "Verifikasi" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Beranda" })).toBeVisible();
  const me = await (await page.request.get("/api/auth/me")).json();
  expect(me.secondFactor).toEqual({ enrolled: true, required: true, verified: true });
  expect(me.permissions).toContain("identity.reveal");
});
