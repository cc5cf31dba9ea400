import { readFile } from "node:fs/promises";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const GAMBIR = "31.71.01";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type DashboardAnswer = {
  totals: { victims: number; cases: number };
  trend: { year: number; victims: number; cases: number }[];
};

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} was not saved`);
  return readFile(path);
}

/** Opens a card's download menu and takes one of its files. */
async function downloadFrom(page: Page, card: Locator, title: string, item: "Unduh PNG" | "Unduh CSV") {
  await card.getByRole("button", { name: `Unduh: ${title}` }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: item }).click();
  return download;
}

/** A Mantine select: open it, pick the option by its visible name. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function noHorizontalOverflow(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page, "the page is no wider than the phone").toBeLessThanOrEqual(widths.viewport);
}

test("the coordinator reads Gambir's 2024 figures, takes a chart away as PNG and CSV, downloads the annual report, and the dashboard fits a phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Dasbor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Korban", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Laporan periodik" })).toHaveAttribute("href", "/laporan");

  // One year, one kecamatan: the address carries both, and the page says what it shows.
  await choose(page, "Tahun", "2024");
  await expect(page).toHaveURL(/tahun=2024/);
  await choose(page, "Kecamatan", "Gambir");
  await expect(page).toHaveURL(new RegExp(`kecamatan=${GAMBIR.replaceAll(".", "\\.")}`));
  await expect(page.getByText("1 Jan – 31 Des 2024 · Kecamatan Gambir", { exact: true })).toBeVisible();

  // The headline is the API's own figure for the same question, once the previous one is gone.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const answer = await page.request.get(`/api/dashboard?from=2024-01-01&to=2024-12-31&region=${GAMBIR}`);
  expect(answer.status(), await answer.text()).toBe(200);
  const dashboard = (await answer.json()) as DashboardAnswer;
  expect(dashboard.totals.victims, "the demo has victims in Gambir in 2024").toBeGreaterThan(0);
  const victims = page.getByRole("group", { name: "Korban", exact: true });
  await expect(
    victims.getByText(dashboard.totals.victims.toLocaleString("id-ID"), { exact: true }),
  ).toBeVisible();
  await expect(victims.getByText("korban", { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("group", { name: "Kasus", exact: true })
      .getByText(dashboard.totals.cases.toLocaleString("id-ID"), { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/^Sumber: .+ · Data per \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/)).toBeVisible();

  // The trend as a picture: a real PNG named after the chart, the year and the kecamatan.
  const trendTitle = "Tren per tahun";
  const trend = page.getByRole("region", { name: trendTitle });
  await expect(trend.locator("svg.recharts-surface")).toBeVisible();
  const png = await downloadFrom(page, trend, trendTitle, "Unduh PNG");
  expect(png.suggestedFilename()).toBe("gugus-dasbor-tren-2024-gambir.png");
  const image = await bytesOf(png);
  expect([...image.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(image.length).toBeGreaterThan(8_000);
  // IHDR: the picture is at least as wide as the chart on screen (drawn at twice the scale).
  expect(image.readUInt32BE(16)).toBeGreaterThan(600);

  // …and as a spreadsheet: UTF-8 with a byte order mark, headers in Indonesian, the API's numbers.
  const csv = await downloadFrom(page, trend, trendTitle, "Unduh CSV");
  expect(csv.suggestedFilename()).toBe("gugus-dasbor-tren-2024-gambir.csv");
  const csvBytes = await bytesOf(csv);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csvBytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Tahun,Korban,Perubahan korban (%),Kasus,Perubahan kasus (%)");
  const year2024 = dashboard.trend.find((row) => row.year === 2024);
  expect(year2024).toMatchObject({ victims: dashboard.totals.victims });
  const csv2024 = lines.find((line) => line.startsWith("2024,"))?.split(",");
  expect(csv2024?.[1]).toBe(String(year2024?.victims));
  expect(csv2024?.[3]).toBe(String(year2024?.cases));
  expect(lines).toHaveLength(dashboard.trend.length + 1);

  // The same figures as a table, for screen readers and exact reading.
  await trend.getByRole("button", { name: "Lihat tabel" }).click();
  const table = trend.getByRole("table", { name: trendTitle });
  await expect(table.getByRole("row", { name: new RegExp(`^2024 ${year2024?.victims} `) })).toBeVisible();
  await expectAccessible(page, "the dashboard with a table open");

  // The back button undoes the kecamatan; forward brings it back.
  await page.goBack();
  await expect(page.getByText(/^1 Jan – 31 Des 2024 · .+ \(seluruh wilayah\)$/)).toBeVisible();
  await page.goForward();
  await expect(page.getByText("1 Jan – 31 Des 2024 · Kecamatan Gambir", { exact: true })).toBeVisible();

  // A semester of the year, then a range of days typed in: applied together, not at each keystroke.
  const periodKind = page.getByRole("radiogroup", { name: "Periode" });
  await periodKind.getByText("Semester", { exact: true }).click();
  await expect(page).toHaveURL(/semester=1/);
  await expect(page.getByText("1 Jan – 30 Jun 2024 · Kecamatan Gambir", { exact: true })).toBeVisible();
  await periodKind.getByText("Rentang tanggal", { exact: true }).click();
  await page.getByLabel("Dari tanggal (WIB)").fill("2024-03-01");
  await page.getByLabel("Sampai tanggal (WIB)").fill("2024-02-01");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText("Tanggal akhir tidak boleh sebelum tanggal awal.")).toBeVisible();
  await expect(page).toHaveURL(/semester=1/);
  await page.getByLabel("Sampai tanggal (WIB)").fill("2024-05-31");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/dari=2024-03-01&sampai=2024-05-31/);
  await expect(page.getByText("1 Mar – 31 Mei 2024 · Kecamatan Gambir", { exact: true })).toBeVisible();

  // From the dashboard to the annual report the task force sent: last year's, final in the demo.
  const lastYear =
    Number(
      new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()),
    ) - 1;
  await page.getByRole("link", { name: "Laporan periodik" }).click();
  await page.getByRole("link", { name: new RegExp(`^Laporan Tahunan .* Tahun ${lastYear}$`) }).click();
  await expect(page.getByText(/^Laporan ini final sejak/)).toBeVisible();
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh PDF" }).click(),
  ]);
  expect(report.suggestedFilename()).toMatch(new RegExp(`^laporan-tahunan-.*-tahun-${lastYear}\\.pdf$`));
  expect((await bytesOf(report)).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // On a 360 px phone the cards stack in one column and nothing widens the page, tables open or not.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  });
  const mobile = await phone.newPage();
  await signIn(mobile, "koordinator@demo.gugus.id");
  await expect(mobile.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
  await mobile.goto(`/dasbor?tahun=2024&kecamatan=${GAMBIR}`);
  await expect(mobile.getByText("1 Jan – 31 Des 2024 · Kecamatan Gambir", { exact: true })).toBeVisible();
  const mobileTrend = mobile.getByRole("region", { name: trendTitle });
  await expect(mobileTrend.locator("svg.recharts-surface")).toBeVisible();
  await expect(mobile.getByRole("status")).toHaveCount(0);
  const fourCell = mobile.getByRole("region", { name: "Korban menurut jenis kelamin dan usia" });
  const [first, second] = [await mobileTrend.boundingBox(), await fourCell.boundingBox()];
  expect(second?.x).toBe(first?.x);
  expect(second?.y ?? 0).toBeGreaterThan((first?.y ?? 0) + (first?.height ?? 0) - 1);
  await noHorizontalOverflow(mobile);
  await expectAccessible(mobile, "the dashboard on a phone");
  const toggles = mobile.getByRole("button", { name: "Lihat tabel" });
  for (let open = await toggles.count(); open > 0; open--) await toggles.first().click();
  await expect(toggles).toHaveCount(0);
  await noHorizontalOverflow(mobile);
  await phone.close();
});
