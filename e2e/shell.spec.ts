import { expect, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

test("a coordinator signs in to an Indonesian shell with the navigation of their role, and signs out", async ({
  page,
}) => {
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(
    page.getByRole("heading", { level: 1, name: /Selamat datang, Dwi Wahyuningsih/ }),
  ).toBeVisible();
  await expect(page.getByText("Mode demo — data fiktif").first()).toBeVisible();
  const nav = mainNav(page);
  for (const item of ["Beranda", "Pengguna", "Organisasi", "Kosakata", "Wilayah", "Jejak Audit"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  // The coordinator's role needs two-step verification before identity data shows.
  await expect(page.getByText("Aktifkan verifikasi dua langkah").first()).toBeVisible();

  await page.getByRole("button", { name: /Menu pengguna/ }).click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await expect(page.getByRole("heading", { name: "Masuk ke Gugus" })).toBeVisible();
  const me = await page.request.get("/api/auth/me");
  expect(me.status()).toBe(401);
});

test("a field reporter sees only what their role allows", async ({ page }) => {
  await signIn(page, "lurah.cideng@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Beranda" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Jejak Audit" })).toHaveCount(0);
  // Typing the address of a page the role may not use does not show it either.
  await page.goto("/pengguna");
  await expect(page.getByRole("heading", { level: 1, name: "Pengguna" })).toHaveCount(0);
});

test("the language choice switches the shell to English and is remembered after reload and sign-out", async ({
  page,
}) => {
  await signIn(page, "pimpinan@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await page.getByRole("button", { name: "English – EN" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Home" })).toBeVisible();
  await page.getByRole("button", { name: /User menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Gugus" })).toBeVisible();
  // Back to Indonesian for the tests after this one (the choice lives on the device).
  await page.getByRole("button", { name: "Bahasa Indonesia – ID" }).click();
  await expect(page.getByRole("heading", { name: "Masuk ke Gugus" })).toBeVisible();
});

test("a wrong password is refused with a message that names no account", async ({ page }) => {
  await signIn(page, "koordinator@demo.gugus.id", "salah-sekali-123");
  await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
  await signIn(page, "tidak.ada@demo.gugus.id", "salah-sekali-123");
  await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
});

test("every page of the shell has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/masuk");
  await expect(page.getByRole("heading", { name: "Masuk ke Gugus" })).toBeVisible();
  await expect(page.getByText("Mode demo — data fiktif")).toBeVisible();
  await expectAccessible(page, "sign-in");
  await signIn(page, "admin@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await expectAccessible(page, "home");
  const pages: [string, RegExp][] = [
    ["/pengguna", /Pengguna/],
    ["/organisasi", /Organisasi/],
    ["/kosakata", /Kosakata/],
    ["/wilayah", /Wilayah/],
    ["/jejak-audit", /Jejak Audit/],
    ["/akun", /Akun saya/],
    ["/akun/keamanan", /Keamanan/],
    ["/halaman-tidak-ada", /.+/],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, path);
  }
});
