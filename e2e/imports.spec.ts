import { expect, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

const phone = {
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

// The CTDC codebook's 63 columns; a few rows are enough to walk the page.
const columns =
  "yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,majorityStatusAtExploit,majorityEntry,citizenship,meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess,meansOfControlThreats,meansOfControlPsychologicalAbuse,meansOfControlPhysicalAbuse,meansOfControlSexualAbuse,meansOfControlFalsePromises,meansOfControlPsychoactiveSubstances,meansOfControlRestrictsMovement,meansOfControlRestrictsMedicalCare,meansOfControlExcessiveWorkingHours,meansOfControlUsesChildren,meansOfControlThreatOfLawEnforcement,meansOfControlWithholdsNecessities,meansOfControlWithholdsDocuments,meansOfControlOther,meansOfControlNotSpecified,meansOfControlConcatenated,isForcedLabour,isSexualExploit,isOtherExploit,isSexAndLabour,isForcedMarriage,isForcedMilitary,isOrganRemoval,isSlaveryAndPractices,typeOfExploitConcatenated,typeOfLabourAgriculture,typeOfLabourAquafarming,typeOfLabourBegging,typeOfLabourConstruction,typeOfLabourDomesticWork,typeOfLabourHospitality,typeOfLabourIllicitActivities,typeOfLabourManufacturing,typeOfLabourMiningOrDrilling,typeOfLabourPeddling,typeOfLabourTransportation,typeOfLabourOther,typeOfLabourNotSpecified,typeOfLabourConcatenated,typeOfSexProstitution,typeOfSexPornography,typeOfSexRemoteInteractiveServices,typeOfSexPrivateSexualServices,typeOfSexConcatenated,isAbduction,RecruiterRelationship,CountryOfExploitation,recruiterRelationIntimatePartner,recruiterRelationFriend,recruiterRelationFamily,recruiterRelationOther,recruiterRelationUnknown".split(
    ",",
  );

function row(values: Record<string, string>): string {
  return columns.map((c) => values[c] ?? "").join(",");
}
const woman = {
  yearOfRegistration: "2015",
  Datasource: "Case Management",
  gender: "Female",
  ageBroad: "30--38",
  majorityStatus: "Adult",
  citizenship: "ID",
  isForcedLabour: "1",
  typeOfLabourDomesticWork: "1",
  CountryOfExploitation: "MY",
  recruiterRelationUnknown: "1",
};
const ctdc = [
  columns.join(","),
  row(woman),
  row({
    ...woman,
    gender: "Male",
    yearOfRegistration: "2014",
    typeOfLabourDomesticWork: "",
    CountryOfExploitation: "ID",
  }),
  row({ ...woman, ageBroad: "9--17", majorityStatus: "Minor" }),
  row({ ...woman, citizenship: "Indonesia" }),
].join("\n");

test("a coordinator checks a CTDC file on a phone, reads the rejected row, then imports the valid rows", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ ...phone, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, "koordinator@demo.gugus.id");
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();

  await page.getByRole("button", { name: "Buka menu navigasi" }).click();
  await mainNav(page).getByRole("link", { name: "Impor data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impor data" })).toBeVisible();
  await expectAccessible(page, "the import page");

  // The template comes with its instructions, as a spreadsheet.
  const [template] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh templat XLSX" }).click(),
  ]);
  expect(template.suggestedFilename()).toBe("templat-impor-gugus.xlsx");

  // All or nothing, the check finds the bad row and offers no import.
  await page.getByRole("radio", { name: /CTDC K-anonymized 2021/ }).check();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "ctdc-uji.csv", mimeType: "text/csv", buffer: Buffer.from(ctdc) });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page).toHaveURL(/\/data\/impor\/[0-9a-f-]{36}$/);
  const result = page.getByRole("region", { name: /^Uji coba: ctdc-uji\.csv/ });
  await expect(
    result.getByText("Uji coba: 3 baris akan diimpor menjadi 3 kasus; 1 baris akan ditolak."),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(result.getByText(/Baris 5 · citizenship: "Indonesia" bukan kode negara/)).toBeVisible();
  await expect(result.getByText(/Perbaiki baris yang ditolak/)).toBeVisible();
  await expect(result.getByRole("button", { name: "Impor sekarang" })).toHaveCount(0);
  // What the valid rows would create, counted.
  await expect(result.getByText("3 korban dalam 3 kasus")).toBeVisible();
  await expectAccessible(page, "a dry run's result");

  // Keeping the valid rows: check again, then import.
  await page.getByRole("switch", { name: /Semua atau tidak sama sekali/ }).uncheck();
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  const again = page.getByRole("region", { name: /^Uji coba: ctdc-uji\.csv/ });
  await expect(again.getByRole("button", { name: "Impor sekarang" })).toBeVisible({ timeout: 30_000 });
  await again.getByRole("button", { name: "Impor sekarang" }).click();
  const dialog = page.getByRole("dialog", { name: "Impor berkas ini?" });
  await expect(dialog.getByText(/1 baris yang ditolak tidak ikut diimpor/)).toBeVisible();
  await dialog.getByRole("button", { name: "Impor sekarang" }).click();

  const applied = page.getByRole("region", { name: /^Impor: ctdc-uji\.csv/ });
  await expect(
    applied.getByText("3 baris diimpor menjadi 3 kasus; 1 baris ditolak dan tidak diimpor."),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByRole("list", { name: "Riwayat impor, terbaru di atas" }).getByRole("listitem"),
  ).toHaveCount(3);
  await expectAccessible(page, "an applied import's result");

  // The same file again is recognised and adds nothing.
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  const repeated = page.getByRole("region", { name: /^Uji coba: ctdc-uji\.csv/ });
  await expect(repeated.getByText(/sudah diimpor pada .* Tidak ada data baru yang dibuat/)).toBeVisible({
    timeout: 30_000,
  });
  await context.close();
});
