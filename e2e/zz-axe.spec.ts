import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";

test("axe detail", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await ctx.newPage();
  await signIn(page, "lurah.cideng@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const path of ["/beranda", "/pencegahan"]) {
    await page.goto(path);
    await page.waitForTimeout(1500);
    const results = await new AxeBuilder({ page }).analyze();
    for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
      console.log(path, v.id, v.nodes.map((n) => n.html).join("\n"));
  }
});
