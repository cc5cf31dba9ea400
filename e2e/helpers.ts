import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "gugus-demo-2024";

/** Signs in through the sign-in page, in whatever language the page shows. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel(/^(Email)/).fill(email);
  await page
    .getByLabel(/^(Kata sandi|Password)/)
    .first()
    .fill(password);
  await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
    label,
  ).toEqual([]);
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: /Navigasi utama|Main navigation/ });
}
