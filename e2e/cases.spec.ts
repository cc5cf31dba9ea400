import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { currentTotp } from "../server/auth/totp.ts";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers.ts";

const caseNumber = /^TPPO-\d{4}-\d{4}-\d{4}$/;

/** Picks an option of a Mantine select (or multi-select) by its label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Signs in and waits for the home page, so the next navigation does not race the sign-in. */
async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
}

/**
 * A coordinator of its own, made by the administrator and with two-step verification on, so
 * the identity features (duplicate check, reveal) work without changing a shared demo account.
 */
async function freshCoordinator(browser: Browser, stamp: string): Promise<Page> {
  const admin = await browser.newPage();
  await signInAs(admin, "admin@demo.gugus.id");
  const organizations = await (await admin.request.get("/api/organizations?q=Sudin%20PPAPP")).json();
  const email = `koordinator.${stamp}@uji.gugus.id`;
  const created = await admin.request.post("/api/users", {
    data: {
      name: `Koordinator Uji ${stamp}`,
      email,
      role: "coordinator",
      organizationId: organizations.items[0].id,
      password: DEMO_PASSWORD,
    },
  });
  expect(created.status()).toBe(201);
  await admin.close();

  const page = await browser.newPage();
  await signInAs(page, email);
  const setup = await (await page.request.post("/api/auth/2fa/setup", { data: {} })).json();
  const enabled = await page.request.post("/api/auth/2fa/enable", {
    data: { code: currentTotp(setup.secret) },
  });
  expect(enabled.status()).toBe(200);
  await page.reload();
  return page;
}

test("a coordinator filters and searches the case list, then walks every tab of a case", async ({ page }) => {
  await signIn(page, "koordinator@demo.gugus.id");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Kasus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kasus" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page, "case list");

  await choose(page, page, "Bentuk eksploitasi", "Pekerja rumah tangga");
  await expect(page).toHaveURL(/bentuk=domestic_work/);
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("Pekerja rumah tangga");
  const count = Math.min(await rows.count(), 6);
  for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText("Pekerja rumah tangga");

  const number = ((await rows.nth(1).getByRole("link").textContent()) ?? "").trim();
  expect(number).toMatch(caseNumber);
  await page.getByRole("searchbox", { name: "Cari" }).fill(number);
  await expect(page).toHaveURL(new RegExp(`q=${number}`));
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole("link", { name: number }).click();

  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fakta kasus" })).toBeVisible();
  await expectAccessible(page, "case page");

  const tabs: [string, string, RegExp | string][] = [
    ["Orang", "orang", /^Korban \(\d+\)$/],
    ["Asesmen", "asesmen", "Kebutuhan dan tingkat risiko setiap korban"],
    ["Rujukan", "rujukan", "Persetujuan rujukan"],
    ["Layanan", "layanan", "Pertolongan pertama (7 hari):"],
    ["Hukum", "hukum", "Proses pidana kasus ini"],
    ["Linimasa", "linimasa", /membuka kasus TPPO-/],
    ["Dokumen", "dokumen", "Dokumen kasus disimpan terenkripsi"],
    ["Ringkasan", "ringkasan", "Rute perdagangan orang"],
  ];
  for (const [name, slug, content] of tabs) {
    await page.getByRole("tab", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/kasus/[^/]+/${slug}$`));
    await expect(page.getByRole("tabpanel").getByText(content).first()).toBeVisible();
  }
  await page.getByRole("tab", { name: "Orang" }).click();
  await expectAccessible(page, "people tab");
});

test("a coordinator opens a case, adds a child victim, a witness and a suspect, records consent and refers the victim to Polres", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const page = await freshCoordinator(browser, stamp);
  await page.goto("/kasus");
  await expect(page.getByRole("heading", { level: 1, name: "Kasus" })).toBeVisible();

  // An empty title is refused on the form, and by the server too: nothing is created.
  await page.getByRole("button", { name: "Buka kasus baru" }).click();
  const form = page.getByRole("dialog", { name: "Buka kasus baru" });
  await form.getByRole("button", { name: "Buka kasus", exact: true }).click();
  await expect(form.getByRole("textbox", { name: "Judul kasus" })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Wajib diisi.")).toBeVisible();
  const refused = await page.request.post("/api/cases", { data: { title: " ", identifiedOn: "2026-01-05" } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.details[0].field).toBe("title");
  await expect(page).toHaveURL(/\/kasus$/);

  await form.getByRole("textbox", { name: "Judul kasus" }).fill(`Uji e2e ${stamp}`);
  await form.getByRole("combobox", { name: "Bentuk eksploitasi" }).click();
  await page.getByRole("option", { name: "Pekerja rumah tangga" }).click();
  await page.keyboard.press("Escape");
  await form.getByRole("button", { name: "Buka kasus", exact: true }).click();
  await expect(page).toHaveURL(/\/kasus\/[0-9a-f-]{36}$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(caseNumber);
  await expect(page.getByText(`Uji e2e ${stamp}`)).toBeVisible();

  // A child victim: the birth date makes her a child, and the "Anak" badge says so.
  const nik = `3171${String(Date.now()).slice(-12)}`;
  await page.getByRole("tab", { name: "Orang" }).click();
  await page.getByRole("button", { name: "Tambah orang" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Nama", exact: true }).fill(`Siti Uji ${stamp}`);
  await dialog.getByRole("textbox", { name: "NIK" }).fill(nik);
  await dialog.getByLabel("Tanggal lahir").fill("2013-04-12");
  await choose(page, dialog, "Jenis kelamin", "Perempuan");
  await dialog.getByRole("button", { name: "Tambahkan" }).click();
  await expect(dialog).toBeHidden();
  const victims = page.getByRole("region", { name: /^Korban/ });
  const victim = victims.getByRole("article");
  await expect(victim).toHaveCount(1);
  await expect(victim.getByText("Anak", { exact: true })).toBeVisible();
  const victimCode = (await victim.getAttribute("aria-label")) ?? "";
  expect(victimCode).toMatch(/^ORG-/);

  // The same NIK again: the earlier record is suggested, and is used for the witness.
  await page.getByRole("button", { name: "Tambah orang" }).click();
  dialog = page.getByRole("dialog");
  await choose(page, dialog, "Peran dalam kasus", "Saksi");
  await dialog.getByRole("textbox", { name: "NIK" }).fill(nik);
  const suggestions = dialog.getByRole("region", { name: "Kemungkinan orang yang sama sudah tercatat" });
  await expect(suggestions.getByText(victimCode)).toBeVisible();
  await expect(suggestions.getByText("NIK sama")).toBeVisible();
  await suggestions.getByRole("button", { name: "Gunakan data ini" }).first().click();
  await expect(dialog.getByText(`Menggunakan data ${victimCode}`)).toBeVisible();
  await dialog.getByRole("button", { name: "Tambahkan orang ini" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole("region", { name: /^Saksi/ }).getByRole("article", { name: victimCode }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Tambah orang" }).click();
  dialog = page.getByRole("dialog");
  await choose(page, dialog, "Peran dalam kasus", "Terduga pelaku");
  await dialog.getByRole("textbox", { name: "Nama", exact: true }).fill(`Budi Pelaku ${stamp}`);
  await choose(page, dialog, "Jenis kelamin", "Laki-laki");
  await choose(page, dialog, "Hubungan dengan korban", "Agen / perekrut");
  await dialog.getByRole("button", { name: "Tambahkan" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Terduga pelaku (1)" })).toBeVisible();

  // Revealing identity is deliberate, audited, and shows the values in place.
  await victim.getByRole("button", { name: `Tampilkan identitas ${victimCode}` }).click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByText("dicatat di jejak audit")).toBeVisible();
  await dialog.getByRole("button", { name: "Ya, tampilkan" }).click();
  await expect(victim.getByText(`Siti Uji ${stamp}`)).toBeVisible();

  // Consent first, then the referral to the police, with its answer deadline.
  await page.getByRole("tab", { name: "Rujukan" }).click();
  await expect(page.getByText("Belum ada persetujuan", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Catat persetujuan ${victimCode}` }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Catat persetujuan" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Persetujuan tercatat", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Kirim rujukan" }).click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByText(/Persetujuan tercatat pada/)).toBeVisible();
  await choose(page, dialog, "Organisasi penerima", "Unit PPA Polres Metro Jakarta Pusat");
  await dialog.getByRole("combobox", { name: "Layanan yang diminta" }).click();
  await page.getByRole("option", { name: "Pendampingan hukum" }).click();
  await page.keyboard.press("Escape");
  await dialog.getByRole("button", { name: "Kirim rujukan" }).click();
  await expect(dialog).toBeHidden();
  const referral = page.getByRole("listitem", {
    name: `Rujukan ${victimCode} ke Unit PPA Polres Metro Jakarta Pusat`,
  });
  await expect(referral.getByText("Terkirim")).toBeVisible();
  await expect(referral.getByText("Pendampingan hukum")).toBeVisible();
  await expect(referral.getByText(/^Batas jawaban: \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/)).toBeVisible();

  await page.getByRole("tab", { name: "Linimasa" }).click();
  await expect(page.getByText(`Koordinator Uji ${stamp} menambahkan korban ${victimCode}`)).toBeVisible();
  await page.close();
});

test("a case manager sees the cases of their organisation", async ({ page }) => {
  await signInAs(page, "manajer.kasus@demo.gugus.id");
  await page.goto("/kasus");
  await expect(page.getByRole("heading", { level: 1, name: "Kasus" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Buka kasus baru" })).toBeVisible();
  await expectAccessible(page, "case list for a case manager");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the case list shows cards and the case tabs are usable", async ({ page }) => {
    await signInAs(page, "koordinator@demo.gugus.id");
    await page.goto("/kasus");
    await expect(page.getByRole("heading", { level: 1, name: "Kasus" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    const cards = page.getByRole("list", { name: "Daftar kasus" }).getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    await expectAccessible(page, "case list on a phone");

    await cards.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: caseNumber })).toBeVisible();
    await page.getByRole("tab", { name: "Orang" }).click();
    await expect(page.getByRole("heading", { name: /^Korban \(\d+\)$/ })).toBeVisible();
    await page.getByRole("tab", { name: "Dokumen" }).click();
    await expect(page).toHaveURL(/\/dokumen$/);
    await expect(page.getByText("Dokumen kasus disimpan terenkripsi")).toBeVisible();
    await expectAccessible(page, "case page on a phone");
  });
});
