import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

test("a coordinator downloads the CTDC k-anonymised layout of a year from the export page", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();

  // Listed beside the imports in the navigation (far down a long list: opened by its address).
  await expect(mainNav(page).getByRole("link", { name: "Ekspor data" })).toHaveAttribute(
    "href",
    "/data/ekspor",
  );
  await page.goto("/data/ekspor");
  await expect(page.getByRole("heading", { level: 1, name: "Ekspor data" })).toBeVisible();
  // Identity needs a session verified with the second factor: this one is told how, not offered it.
  await expect(page.getByText("Identitas memerlukan verifikasi dua langkah")).toBeVisible();
  await expectAccessible(page, "the export page");

  await page.getByRole("radio", { name: /CTDC k-anonim/ }).check();
  await expect(page.getByText("Identitas memerlukan verifikasi dua langkah")).toBeHidden();
  await expect(page.getByLabel("Nilai k")).toHaveValue("10");
  await page.getByLabel("Diidentifikasi dari tanggal").fill("2024-01-01");
  await page.getByLabel("Sampai tanggal").fill("2024-12-31");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("gugus-ctdc-k-anon-2024-01-01_2024-12-31.csv");
  const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = text.trim().split("\r\n");
  expect(header!.split(",")).toHaveLength(63);
  expect(header!.startsWith("yearOfRegistration,Datasource,gender,ageBroad")).toBe(true);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.startsWith("2024,Case Management,"))).toBe(true);

  const done = page.getByRole("status").filter({ hasText: "Berkas diunduh" });
  await expect(done).toContainText("gugus-ctdc-k-anon-2024-01-01_2024-12-31.csv");
  await expect(done).toContainText(`${rows.length} korban`);

  // The import page is one click away, and links back.
  await page.getByRole("main").getByRole("link", { name: "Impor data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impor data" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Ekspor data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ekspor data" })).toBeVisible();
  await context.close();
});
