import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { mainNav, signIn } from "./helpers.ts";
test("debug", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: "id-ID" });
  const page = await context.newPage();
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await page.getByRole("button", { name: "Buka menu navigasi" }).click();
  await mainNav(page).getByRole("link", { name: "Impor data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impor data" })).toBeVisible();
  for (const wait of [0, 1500]) {
    await page.waitForTimeout(wait);
    const r = await new AxeBuilder({ page }).analyze();
    for (const v of r.violations) console.log(wait, v.id, v.impact, v.nodes.map((n) => n.html.slice(0, 300) + " :: " + n.failureSummary).join("\n"));
  }
});
