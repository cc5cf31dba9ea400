import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible, mainNav, signIn } from "./helpers.ts";

/**
 * The product's acceptance walk: the whole life of a trafficking case, through the browser.
 * A member of the public reports on a phone; the coordinator triages the complaint into a case,
 * adds two victims and a suspect, records consent and refers the child to the police; the
 * police unit accepts, serves and completes the referral; the coordinator records the services,
 * the criminal proceeding up to a conviction with restitution paid, and closes the case; the
 * public tracker says the report was handled.
 */

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const POLICE = "Unit PPA Polres Metro Jakarta Pusat";
const COORDINATOR_NAME = "Dwi Wahyuningsih";

/** Today's date in Jakarta, as a date input wants it (YYYY-MM-DD). */
function todayInJakarta(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
}

/** A birth date that makes someone `years` old today (and some months more), in Jakarta. */
function birthDateForAge(years: number): string {
  const [y, m, d] = todayInJakarta().split("-").map(Number) as [number, number, number];
  let month = m - 3;
  let year = y - years;
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, 28)).padStart(2, "0")}`;
}

/** Picks an option of a Mantine select (or multi-select) by the field's exact label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/**
 * Picks options of a Mantine multi-select, then closes its dropdown. The click goes to the
 * field around the combobox: a multi-select that is not searchable covers its own input.
 */
async function chooseMany(page: Page, scope: Page | Locator, label: string, options: string[]) {
  const input = scope.getByRole("combobox", { name: label, exact: true });
  await input.locator("xpath=ancestor::*[contains(@class, 'mantine-MultiSelect-input')][1]").click();
  for (const option of options) await page.getByRole("option", { name: option, exact: true }).click();
  await page.keyboard.press("Escape");
}

async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: /Menu pengguna/ }).click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await expect(page.getByRole("heading", { name: "Masuk ke Gugus" })).toBeVisible();
}

async function openTab(page: Page, name: string, slug: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/kasus/[0-9a-f-]{36}/${slug}$`));
}

/** Waits for the dialog to close after a save, so the next step does not race the mutation. */
async function submitDialog(dialog: Locator, button: string) {
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("the whole life of a case: complaint, triage, people, consent, referral, services, court, closure", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const today = todayInJakarta();

  // 1. An anonymous member of the public reports on a phone and keeps the tracking code.
  const publicContext = await browser.newContext({ ...phone, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const visitor = await publicContext.newPage();
  const trackingCode = await test.step("public complaint on a phone", async () => {
    await visitor.goto("/lapor");
    await expect(
      visitor.getByRole("heading", { level: 1, name: "Laporkan dugaan perdagangan orang" }),
    ).toBeVisible();
    await visitor
      .getByRole("textbox", { name: /Ceritakan apa yang terjadi/ })
      .fill(
        `Dua anak tetangga saya (jalan ${stamp}) direkrut untuk bekerja di warung malam, ` +
          "tidak boleh pulang dan tidak digaji. Perekrutnya sering datang naik mobil.",
      );
    const region = visitor.getByRole("combobox", { name: /^Kelurahan, kecamatan atau provinsi/ });
    await region.click();
    await region.fill("Cideng");
    await visitor.getByRole("option", { name: "Kelurahan Cideng, Kec. Gambir" }).click();
    await visitor.getByRole("checkbox", { name: /tanpa nama/ }).check();
    await visitor.getByRole("button", { name: "Kirim laporan" }).click();
    await expect(visitor.getByRole("heading", { name: "Laporan Anda sudah diterima" })).toBeVisible({
      timeout: 60_000,
    });
    const code = ((await visitor.getByTestId("tracking-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await visitor.getByRole("link", { name: "Buka halaman pelacakan laporan ini" }).click();
    await expect(visitor.getByTestId("tracking-status")).toHaveText("Status: Diterima");
    return code;
  });

  // 2. The coordinator finds the complaint by its code, reviews it and opens a case from it.
  const caseNumber = await test.step("triage into a new case", async () => {
    await signInAs(page, "koordinator@demo.gugus.id");
    await mainNav(page).getByRole("link", { name: "Pengaduan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pengaduan" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Cari kode pengaduan" }).fill(trackingCode);
    await page.getByRole("link", { name: trackingCode }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Pengaduan ${trackingCode}` })).toBeVisible();
    await expect(page.getByText(`jalan ${stamp}`)).toBeVisible();
    await page.getByRole("button", { name: "Mulai telaah" }).click();
    await expect(page.getByText("Sedang ditelaah", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Triase" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Buka kasus baru" }).check();
    await dialog
      .getByRole("textbox", { name: /Judul kasus/ })
      .fill(`Anak dipekerjakan di warung malam ${stamp}`);
    await dialog.getByRole("button", { name: "Buka kasus" }).click();
    await expect(page).toHaveURL(/\/kasus\/[0-9a-f-]{36}/);
    // The address changes before the case page renders: wait for its heading, not the old one.
    const heading = page.getByRole("heading", { level: 1, name: /^TPPO-/ });
    await expect(heading).toBeVisible();
    const number = ((await heading.textContent()) ?? "").trim();
    expect(number).toMatch(/^TPPO-\d{4}-\d{4}-\d{4}$/);
    await expect(page.getByText(`Anak dipekerjakan di warung malam ${stamp}`)).toBeVisible();
    await expect(page.getByText("Terbuka", { exact: true })).toBeVisible();
    return number;
  });
  const caseUrl = new URL(page.url()).pathname.replace(
    /\/(ringkasan|orang|asesmen|rujukan|layanan|hukum|linimasa|dokumen)$/,
    "",
  );

  // 3. Two victims (one a child of 16) and a suspect.
  const { childCode, adultCode, suspectCode } = await test.step("two victims and a suspect", async () => {
    await openTab(page, "Orang", "orang");
    const victims = page.getByRole("region", { name: /^Korban/ }).getByRole("article");

    await page.getByRole("button", { name: "Tambah orang" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Nama", exact: true }).fill(`Sari Uji ${stamp}`);
    await dialog.getByLabel("Tanggal lahir").fill(birthDateForAge(16));
    await choose(page, dialog, "Jenis kelamin", "Perempuan");
    await submitDialog(dialog, "Tambahkan");
    await expect(victims).toHaveCount(1);
    const child = victims.first();
    await expect(child.getByText("Anak", { exact: true })).toBeVisible();
    await expect(child.getByText(/16 tahun/)).toBeVisible();
    const childCode = (await child.getAttribute("aria-label")) ?? "";
    expect(childCode).toMatch(/^ORG-/);

    await page.getByRole("button", { name: "Tambah orang" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Nama", exact: true }).fill(`Rudi Uji ${stamp}`);
    await choose(page, dialog, "Jenis kelamin", "Laki-laki");
    await dialog.getByRole("textbox", { name: "Usia saat dieksploitasi" }).fill("24");
    await submitDialog(dialog, "Tambahkan");
    await expect(victims).toHaveCount(2);
    const adult = victims.filter({ hasNot: page.getByText("Anak", { exact: true }) });
    await expect(adult).toHaveCount(1);
    await expect(adult.getByText(/24 tahun/)).toBeVisible();
    const adultCode = (await adult.getAttribute("aria-label")) ?? "";
    expect(adultCode).toMatch(/^ORG-/);
    expect(adultCode).not.toBe(childCode);

    await page.getByRole("button", { name: "Tambah orang" }).click();
    dialog = page.getByRole("dialog");
    await choose(page, dialog, "Peran dalam kasus", "Terduga pelaku");
    await dialog.getByRole("textbox", { name: "Nama", exact: true }).fill(`Joko Perekrut ${stamp}`);
    await choose(page, dialog, "Jenis kelamin", "Laki-laki");
    await choose(page, dialog, "Hubungan dengan korban", "Agen / perekrut");
    await submitDialog(dialog, "Tambahkan");
    const suspects = page.getByRole("region", { name: /^Terduga pelaku/ }).getByRole("article");
    await expect(suspects).toHaveCount(1);
    const suspectCode = (await suspects.first().getAttribute("aria-label")) ?? "";
    expect(suspectCode).toMatch(/^ORG-/);

    // Identity stays hidden: the demo coordinator has no second factor, and the UI says so.
    await expect(page.getByText(`Sari Uji ${stamp}`)).toHaveCount(0);
    await child.getByRole("button", { name: `Tampilkan identitas ${childCode}` }).click();
    dialog = page.getByRole("dialog");
    await expect(dialog.getByText("Perlu verifikasi dua langkah")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Sari Uji ${stamp}`)).toHaveCount(0);
    return { childCode, adultCode, suspectCode };
  });

  // 4. The child's consent, then a referral to the police for legal accompaniment, sharing the name.
  await test.step("consent and referral to the police", async () => {
    await openTab(page, "Rujukan", "rujukan");
    await page.getByRole("button", { name: `Catat persetujuan ${childCode}` }).click();
    let dialog = page.getByRole("dialog");
    await expect(dialog.getByText(`Persetujuan ${childCode} untuk dirujuk`)).toBeVisible();
    await submitDialog(dialog, "Catat persetujuan");
    await expect(page.getByText("Persetujuan tercatat", { exact: true })).toHaveCount(1);
    await expect(page.getByText("Belum ada persetujuan", { exact: true })).toHaveCount(1);

    await page.getByRole("button", { name: "Kirim rujukan" }).click();
    dialog = page.getByRole("dialog");
    await choose(page, dialog, "Korban", `${childCode} (Anak)`);
    await expect(dialog.getByText(/Persetujuan tercatat pada/)).toBeVisible();
    await choose(page, dialog, "Organisasi penerima", POLICE);
    await chooseMany(page, dialog, "Layanan yang diminta", ["Pendampingan hukum"]);
    await dialog.getByRole("checkbox", { name: "Nama", exact: true }).check();
    await expect(dialog.getByText(/Nama akan dapat dibuka oleh organisasi penerima/)).toBeVisible();
    await dialog
      .getByRole("textbox", { name: "Pesan untuk penerima" })
      .fill("Mohon pendampingan hukum selama pemeriksaan di Unit PPA.");
    await submitDialog(dialog, "Kirim rujukan");

    const referral = page.getByRole("listitem", { name: `Rujukan ${childCode} ke ${POLICE}` });
    await expect(referral.getByText("Terkirim", { exact: true })).toBeVisible();
    await expect(referral.getByText("Pendampingan hukum", { exact: true })).toBeVisible();
    await expect(referral.getByText("Identitas dibagikan: Nama")).toBeVisible();
    await expect(referral.getByText(/^Batas jawaban: .+ WIB$/)).toBeVisible();
  });

  // 5. The police unit accepts the referral and records the accompaniment it gave.
  await test.step("the police accept the referral and record a service", async () => {
    await signOut(page);
    await signInAs(page, "layanan.polres@demo.gugus.id");
    await mainNav(page).getByRole("link", { name: "Rujukan masuk" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rujukan masuk" })).toBeVisible();
    await choose(page, page, "Status", "Menunggu jawaban");
    const list = page.getByRole("list", { name: "Daftar rujukan masuk" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    const link = list.getByRole("link", { name: childCode, exact: true });
    // The newest referral is due last, so it may sit a few pages down.
    const more = page.getByRole("button", { name: "Muat lebih banyak" });
    for (let i = 0; i < 20 && (await link.count()) === 0; i++) {
      await expect(more).toBeEnabled();
      const count = await list.getByRole("listitem").count();
      await more.click();
      await expect.poll(() => list.getByRole("listitem").count()).toBeGreaterThan(count);
    }
    await link.click();

    await expect(page.getByRole("heading", { level: 1, name: `Rujukan untuk ${childCode}` })).toBeVisible();
    await expect(page.getByText("Anak", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Data yang dibagikan pengirim: Nama.")).toBeVisible();
    await expect(page.getByText("Mohon pendampingan hukum selama pemeriksaan di Unit PPA.")).toBeVisible();
    // A service provider never reaches the case itself.
    await expect(page.getByRole("link", { name: caseNumber })).toHaveCount(0);
    // Without two-step verification the shared name stays hidden, and the page says why.
    await expect(page.getByText("Perlu verifikasi dua langkah")).toBeVisible();
    await expectAccessible(page, "referral page for the police");

    await page.getByRole("button", { name: "Terima rujukan" }).click();
    await expect(page.getByText("Diterima", { exact: true }).first()).toBeVisible();
    const services = page.getByRole("region", { name: "Layanan yang diberikan" });
    await services.getByRole("button", { name: "Catat layanan" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("combobox", { name: "Jenis layanan", exact: true })).toHaveValue(
      "Pendampingan hukum",
    );
    await dialog
      .getByRole("textbox", { name: "Hasil" })
      .fill("Korban didampingi saat pemeriksaan BAP di Unit PPA.");
    await submitDialog(dialog, "Simpan layanan");
    await expect(services.getByText("Pendampingan hukum", { exact: true })).toBeVisible();
    await expect(services.getByText("Sudah diberikan")).toBeVisible();
    await expect(page.getByRole("button", { name: "Tandai selesai" })).toBeVisible();
    await signOut(page);
  });

  // 6. The coordinator records the services each victim received.
  await test.step("services delivered", async () => {
    await signInAs(page, "koordinator@demo.gugus.id");
    await page.goto(`${caseUrl}/layanan`);
    await expect(page.getByRole("heading", { level: 1, name: caseNumber })).toBeVisible();
    const childServices = page.getByRole("region", { name: childCode });
    await expect(childServices.getByText("Pendampingan hukum", { exact: true })).toBeVisible();
    await expect(childServices.getByText(POLICE)).toBeVisible();

    const record = async (code: string, service: string, provider: string, outcome: string) => {
      await page.getByRole("button", { name: `Catat layanan ${code}` }).click();
      const dialog = page.getByRole("dialog");
      await choose(page, dialog, "Jenis layanan", service);
      await choose(page, dialog, "Penyedia layanan", provider);
      await choose(page, dialog, "Status", "Sudah diberikan");
      await dialog.getByLabel("Tanggal mulai", { exact: true }).fill(today);
      await dialog.getByLabel("Tanggal selesai", { exact: true }).fill(today);
      await dialog.getByRole("textbox", { name: "Hasil" }).fill(outcome);
      await submitDialog(dialog, "Catat layanan");
      const section = page.getByRole("region", { name: code });
      await expect(section.getByText(service, { exact: true })).toBeVisible();
      await expect(section.getByText(provider)).toBeVisible();
    };
    await record(
      childCode,
      "Rehabilitasi kesehatan (termasuk visum)",
      "RSUD Tarakan",
      "Visum dan pemeriksaan kesehatan selesai.",
    );
    await record(
      adultCode,
      "Pendampingan psikologis",
      "Suku Dinas Sosial Kota Administrasi Jakarta Pusat",
      "Tiga sesi konseling selesai.",
    );
    await expect(page.getByText("Terpenuhi", { exact: true })).toHaveCount(2);
    await expect(page.getByText("Dalam layanan", { exact: true })).toBeVisible();
  });

  // 7. The criminal proceeding, from the police report to a conviction, and the child's restitution.
  await test.step("legal stages to a verdict, with restitution", async () => {
    await openTab(page, "Hukum", "hukum");
    await page.getByRole("button", { name: "Catat proses hukum" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Nomor laporan polisi" }).fill(`LP/B/${stamp}/VI/SPKT`);
    await dialog.getByRole("textbox", { name: "Unit kepolisian" }).fill(POLICE);
    await dialog.getByLabel("Tanggal laporan", { exact: true }).fill(today);
    await expect(dialog.getByRole("combobox", { name: "Tahap", exact: true })).toHaveValue(
      "Laporan polisi (LP)",
    );
    await dialog.getByLabel("Tanggal tahap", { exact: true }).fill(today);
    await chooseMany(page, dialog, "Terduga pelaku", [suspectCode]);
    await dialog.getByRole("textbox", { name: "Pasal yang disangkakan" }).fill("Pasal 2 dan 17 UU 21/2007");
    await submitDialog(dialog, "Catat");
    const legal = page.getByRole("region", { name: "Proses hukum 1" });
    await expect(legal.getByText(`LP/B/${stamp}/VI/SPKT`)).toBeVisible();
    await expect(legal.getByText(suspectCode)).toBeVisible();
    const track = legal.getByRole("list", { name: "Tahapan perkara" });
    await expect(track.locator('[aria-current="step"]')).toHaveText("Laporan polisi (LP)");

    const moveTo = async (stage: string, more?: (dialog: Locator) => Promise<void>) => {
      await legal.getByRole("button", { name: "Perbarui", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await choose(page, dialog, "Tahap", stage);
      await dialog.getByLabel("Tanggal tahap", { exact: true }).fill(today);
      if (more) await more(dialog);
      await submitDialog(dialog, "Simpan");
      await expect(track.locator('[aria-current="step"]')).toHaveText(stage);
    };
    const restitution = async (stage: string, amounts: [string, string][]) => {
      await legal.getByRole("button", { name: `Perbarui restitusi ${childCode}` }).click();
      const dialog = page.getByRole("dialog", { name: `Restitusi ${childCode}` });
      await choose(page, dialog, "Tahap restitusi", stage);
      for (const [step, rupiah] of amounts) {
        await dialog.getByRole("textbox", { name: `Jumlah ${step}`, exact: true }).fill(rupiah);
        await dialog
          .getByLabel(`Tanggal ${step === "diputus" ? "putusan" : step}`, { exact: true })
          .fill(today);
      }
      await submitDialog(dialog, "Simpan");
    };

    await moveTo("Penyidikan (SPDP, penetapan tersangka)");
    await restitution("Diajukan", [["diajukan", "50000000"]]);
    await expect(legal.getByRole("row", { name: new RegExp(childCode) }).getByText("Diajukan")).toBeVisible();
    await moveTo("P-21 (berkas lengkap)");
    await moveTo("Tuntutan (termasuk tuntutan restitusi)");
    await moveTo("Putusan Pengadilan Negeri", async (form) => {
      await choose(page, form, "Putusan", "Terbukti bersalah");
      await form.getByLabel("Tanggal putusan", { exact: true }).fill(today);
      await form.getByRole("textbox", { name: "Hukuman (bulan)" }).fill("78");
    });
    await expect(legal.getByText(/^Terbukti bersalah — /)).toBeVisible();
    await expect(legal.getByText("6 tahun 6 bulan")).toBeVisible();

    await restitution("Diputus pengadilan", [["diputus", "40000000"]]);
    await expect(legal.getByText(/Belum dibayar: Rp\s?40\.000\.000/)).toBeVisible();
    await restitution("Dibayar pelaku", [["dibayar", "40000000"]]);
    await expect(
      legal.getByText(/^Diajukan Rp\s?50\.000\.000 · diputus Rp\s?40\.000\.000 · dibayar Rp\s?40\.000\.000$/),
    ).toBeVisible();
    await expect(legal.getByText(/Belum dibayar: /)).toHaveCount(0);
    await expect(
      legal.getByRole("row", { name: new RegExp(childCode) }).getByText("Dibayar pelaku"),
    ).toBeVisible();
    dialog = page.getByRole("dialog");
    await expect(dialog).toHaveCount(0);
  });

  // 8. Closure is refused while the police referral is open; the police complete it.
  await test.step("closure waits for the open referral; the police complete it", async () => {
    await page.getByRole("button", { name: "Ajukan penutupan" }).click();
    const dialog = page.getByRole("dialog", { name: `Ajukan penutupan kasus ${caseNumber}` });
    await dialog.getByRole("textbox", { name: "Alasan" }).fill("Semua layanan sudah diberikan.");
    await dialog.getByRole("button", { name: "Kirim pengajuan" }).click();
    await expect(
      dialog.getByText(/masih ada 1 rujukan yang menunggu jawaban atau sedang dilayani/),
    ).toBeVisible();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(dialog).toBeHidden();
    await signOut(page);

    await signInAs(page, "layanan.polres@demo.gugus.id");
    await mainNav(page).getByRole("link", { name: "Rujukan masuk" }).click();
    await choose(page, page, "Status", "Diterima");
    const list = page.getByRole("list", { name: "Daftar rujukan masuk" });
    const link = list.getByRole("link", { name: childCode, exact: true });
    const more = page.getByRole("button", { name: "Muat lebih banyak" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    for (let i = 0; i < 20 && (await link.count()) === 0; i++) {
      const count = await list.getByRole("listitem").count();
      await more.click();
      await expect.poll(() => list.getByRole("listitem").count()).toBeGreaterThan(count);
    }
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: `Rujukan untuk ${childCode}` })).toBeVisible();
    await page.getByRole("button", { name: "Tandai selesai" }).click();
    const complete = page.getByRole("dialog", { name: "Tandai rujukan selesai" });
    await complete
      .getByRole("textbox", { name: /Catatan penyelesaian/ })
      .fill("Pendampingan hukum selesai sampai putusan.");
    await submitDialog(complete, "Tandai selesai");
    await expect(page.getByText("Selesai", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Tandai selesai" })).toHaveCount(0);
    await signOut(page);
  });

  // 9. The coordinator requests closure with the checklist, approves it, and the case is read-only.
  await test.step("closure requested and approved", async () => {
    await signInAs(page, "koordinator@demo.gugus.id");
    await page.goto(`${caseUrl}/rujukan`);
    await expect(page.getByRole("heading", { level: 1, name: caseNumber })).toBeVisible();
    const referral = page.getByRole("listitem", { name: `Rujukan ${childCode} ke ${POLICE}` });
    await expect(referral.getByText("Selesai", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Ajukan penutupan" }).click();
    let dialog = page.getByRole("dialog", { name: `Ajukan penutupan kasus ${caseNumber}` });
    for (const service of [
      "Pendampingan hukum",
      "Rehabilitasi kesehatan (termasuk visum)",
      "Pendampingan psikologis",
    ]) {
      await expect(dialog.getByRole("combobox", { name: `Hasil: ${service}` })).toHaveValue(
        "Sudah diberikan",
      );
    }
    await dialog
      .getByRole("textbox", { name: "Alasan" })
      .fill("Layanan kedua korban tuntas, perkara diputus dan restitusi sudah dibayar.");
    await submitDialog(dialog, "Kirim pengajuan");
    await expect(page.getByText("Menunggu persetujuan penutupan")).toBeVisible();

    await page.getByRole("button", { name: "Setujui penutupan" }).click();
    dialog = page.getByRole("dialog", { name: `Setujui penutupan kasus ${caseNumber}` });
    await expect(dialog.getByText(`Diajukan oleh ${COORDINATOR_NAME}`, { exact: false })).toBeVisible();
    await expect(
      dialog.getByRole("list", { name: "Daftar periksa layanan" }).getByRole("listitem"),
    ).toHaveCount(3);
    await submitDialog(dialog, "Setujui penutupan");

    await expect(page.getByText("Kasus ditutup — hanya baca")).toBeVisible();
    await expect(page.getByText("Ditutup", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Buka kembali" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Ajukan penutupan" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Ubah kasus" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Kirim rujukan" })).toHaveCount(0);
    await expectAccessible(page, "closed case");

    // Every step of the walk is on the timeline.
    await openTab(page, "Linimasa", "linimasa");
    const coordinator = COORDINATOR_NAME;
    for (const line of [
      `${coordinator} membuka kasus ${caseNumber}`,
      `Pengaduan ${trackingCode} dikaitkan dengan kasus ini`,
      `${coordinator} menambahkan korban ${childCode}`,
      `${coordinator} menambahkan korban ${adultCode}`,
      `${coordinator} menambahkan terduga pelaku ${suspectCode}`,
      `${coordinator} mencatat persetujuan rujukan dari ${childCode}`,
      `${coordinator} merujuk ${childCode} ke ${POLICE} untuk Pendampingan hukum`,
      `${POLICE} menerima rujukan ${childCode}`,
      `${POLICE} menyelesaikan rujukan ${childCode}`,
      `mencatat layanan Pendampingan hukum untuk ${childCode} (Sudah diberikan)`,
      `${coordinator} mencatat layanan Rehabilitasi kesehatan (termasuk visum) untuk ${childCode} (Sudah diberikan)`,
      `${coordinator} mencatat layanan Pendampingan psikologis untuk ${adultCode} (Sudah diberikan)`,
      `${coordinator} mencatat proses hukum: Laporan polisi (LP)`,
      "Proses hukum berpindah dari Tuntutan (termasuk tuntutan restitusi) ke Putusan Pengadilan Negeri",
      `${coordinator} memperbarui restitusi ${childCode}: Diajukan`,
      `${coordinator} memperbarui restitusi ${childCode}: Diputus pengadilan`,
      `${coordinator} memperbarui restitusi ${childCode}: Dibayar pelaku`,
      `${coordinator} mengajukan penutupan kasus`,
      `${coordinator} menyetujui penutupan; kasus ditutup`,
    ]) {
      await expect(page.getByText(line, { exact: false }).first(), line).toBeVisible();
    }
    // No note form on a closed case.
    await expect(page.getByRole("button", { name: "Tambah catatan" })).toHaveCount(0);
  });

  // The member of the public sees that the report was handled.
  await test.step("the public tracker", async () => {
    await visitor.reload();
    await expect(visitor.getByTestId("tracking-status")).toHaveText("Status: Ditangani");
    await publicContext.close();
  });
});
