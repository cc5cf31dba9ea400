/**
 * Seed values of every editable list. Codes are stored in records and exports, so once
 * shipped a code never changes: relabel a term, deactivate it, or add a new one instead.
 * `htcds` is the value name in the IOM Human Trafficking Case Data Standard 2.0 picklist
 * (methods of control, type of exploitation, gender), used when exporting.
 */
export type VocabularyTermSeed = {
  readonly code: string;
  readonly labelId: string;
  readonly labelEn: string;
  readonly htcds?: string;
};

export const vocabularyKinds = [
  "organization_type",
  "trafficking_act",
  "trafficking_means",
  "exploitation_form",
  "complaint_channel",
  "place_type",
  "suspect_relation",
  "legal_stage",
  "restitution_stage",
  "service_type",
  "sex",
  "age_group",
  "education_level",
  "marital_status",
  "disability",
  "risk_level",
  "early_warning_type",
  "prevention_activity_type",
  "target_group",
] as const;

export type VocabularyKind = (typeof vocabularyKinds)[number];

export const seedVocabularies: Record<VocabularyKind, readonly VocabularyTermSeed[]> = {
  organization_type: [
    { code: "government_agency", labelId: "Perangkat Daerah (OPD)", labelEn: "City government agency (OPD)" },
    { code: "sub_district", labelId: "Kecamatan", labelEn: "Sub-district office (kecamatan)" },
    { code: "urban_village", labelId: "Kelurahan", labelEn: "Urban village office (kelurahan)" },
    { code: "school", labelId: "Sekolah / satuan pendidikan", labelEn: "School" },
    { code: "police", labelId: "Kepolisian", labelEn: "Police" },
    { code: "prosecution", labelId: "Kejaksaan", labelEn: "Public prosecution service" },
    { code: "court", labelId: "Pengadilan", labelEn: "Court" },
    { code: "social_affairs", labelId: "Dinas / Suku Dinas Sosial", labelEn: "Social affairs office" },
    {
      code: "health_service",
      labelId: "Dinas / Suku Dinas Kesehatan, rumah sakit, puskesmas",
      labelEn: "Health office, hospital or community health centre",
    },
    { code: "manpower", labelId: "Dinas / Suku Dinas Tenaga Kerja", labelEn: "Manpower office" },
    { code: "immigration", labelId: "Kantor Imigrasi", labelEn: "Immigration office" },
    {
      code: "migrant_worker_protection",
      labelId: "BP2MI / UPT BP3MI",
      labelEn: "Migrant worker protection agency (BP2MI) or its regional unit",
    },
    {
      code: "witness_victim_protection",
      labelId: "LPSK",
      labelEn: "Witness and Victim Protection Agency (LPSK)",
    },
    { code: "ngo", labelId: "LSM / NGO", labelEn: "Non-governmental organisation" },
    {
      code: "community_religious_org",
      labelId: "Organisasi kemasyarakatan / keagamaan",
      labelEn: "Community or religious organisation",
    },
    {
      code: "women_child_protection_unit",
      labelId: "UPTD PPA / P2TP2A",
      labelEn: "Women and child protection service unit (UPTD PPA)",
    },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  // The six acts of UU 21/2007 Pasal 1 angka 1.
  trafficking_act: [
    { code: "recruitment", labelId: "Perekrutan", labelEn: "Recruitment" },
    { code: "transportation", labelId: "Pengangkutan", labelEn: "Transportation" },
    { code: "harbouring", labelId: "Penampungan", labelEn: "Harbouring" },
    { code: "sending", labelId: "Pengiriman", labelEn: "Sending" },
    { code: "transfer", labelId: "Pemindahan", labelEn: "Transfer" },
    { code: "receipt", labelId: "Penerimaan", labelEn: "Receipt" },
  ],

  // The means of UU 21/2007 Pasal 1 angka 1. HTCDS has no method of control for abduction,
  // confinement (its picklist lacks RestrictsMovement), forgery or payment to a person in
  // control, so those stay unmapped rather than forced into a wrong category.
  trafficking_means: [
    {
      code: "threat_of_violence",
      labelId: "Ancaman kekerasan",
      labelEn: "Threat of violence",
      htcds: "PhysicalThreats",
    },
    {
      code: "use_of_violence",
      labelId: "Penggunaan kekerasan",
      labelEn: "Use of violence",
      htcds: "PhysicalAbuse",
    },
    { code: "abduction", labelId: "Penculikan", labelEn: "Abduction" },
    { code: "confinement", labelId: "Penyekapan", labelEn: "Confinement" },
    { code: "forgery", labelId: "Pemalsuan", labelEn: "Forgery" },
    { code: "deception", labelId: "Penipuan", labelEn: "Deception", htcds: "FalsePromises" },
    {
      code: "abuse_of_power_or_vulnerability",
      labelId: "Penyalahgunaan kekuasaan atau posisi rentan",
      labelEn: "Abuse of power or of a position of vulnerability",
      // HTCDS defines psychological abuse to include manipulating real or perceived power imbalances.
      htcds: "PsychologicalAbuse",
    },
    { code: "debt_bondage", labelId: "Penjeratan utang", labelEn: "Debt bondage", htcds: "DebtBondage" },
    {
      code: "payment_to_person_in_control",
      labelId: "Memberi bayaran atau manfaat",
      labelEn: "Giving payments or benefits to a person in control",
    },
  ],

  // HTCDS has no "forced criminality": like CTDC, which files illicit activities under forced
  // labour, scam compounds and drug couriering map to ForcedLabour.
  exploitation_form: [
    {
      code: "irregular_migrant_work",
      labelId: "PMI nonprosedural",
      labelEn: "Non-procedural (irregular) migrant work",
      htcds: "ForcedLabour",
    },
    {
      code: "domestic_work",
      labelId: "Pekerja rumah tangga",
      labelEn: "Domestic work",
      htcds: "ForcedLabour",
    },
    {
      code: "sexual_exploitation",
      labelId: "Eksploitasi seksual / prostitusi paksa (termasuk melalui aplikasi daring)",
      labelEn: "Sexual exploitation / forced prostitution (incl. through apps)",
      htcds: "SexualExploitation",
    },
    {
      code: "ship_crew",
      labelId: "Anak buah kapal (ABK) perikanan / niaga",
      labelEn: "Fishing or merchant ship crew",
      htcds: "ForcedLabour",
    },
    // Economic exploitation of a child; a child sexually exploited is recorded as sexual
    // exploitation, and the child/adult split comes from the victim's age.
    {
      code: "child_exploitation",
      labelId: "Eksploitasi anak",
      labelEn: "Economic exploitation of children",
      htcds: "ChildLabour",
    },
    {
      code: "online_scam_compound",
      labelId: "Online scam di luar negeri (scam, love scam, judi online)",
      labelEn: "Online scam compound abroad (fraud, romance scam, online gambling)",
      htcds: "ForcedLabour",
    },
    {
      code: "forced_marriage",
      labelId: "Pengantin pesanan / kawin kontrak",
      labelEn: "Mail-order bride / contract marriage",
      htcds: "ForcedMarriage",
    },
    {
      code: "child_sale_adoption",
      labelId: "Adopsi palsu / jual beli anak",
      labelEn: "Fake adoption / sale of children",
      htcds: "ForcedAdoption",
    },
    {
      code: "organ_removal",
      labelId: "Penjualan organ",
      labelEn: "Organ removal and sale",
      htcds: "OrganRemoval",
    },
    {
      code: "drug_courier",
      labelId: "Kurir narkoba",
      labelEn: "Forced drug couriering",
      htcds: "ForcedLabour",
    },
    {
      code: "fake_internship",
      labelId: "Magang / pelatihan kerja palsu",
      labelEn: "Fake internship or job training",
      htcds: "ForcedLabour",
    },
    // Cases reported under this modus (entertainer visas abroad) have mostly ended in the sex
    // trade; a case with another outcome records that form alongside.
    {
      code: "fake_cultural_envoy",
      labelId: "Duta seni / budaya palsu",
      labelEn: "Fake arts or cultural envoy",
      htcds: "SexualExploitation",
    },
    {
      code: "forced_begging",
      labelId: "Pengemis / anak jalanan",
      labelEn: "Forced begging / street children",
      htcds: "ForcedBegging",
    },
    // For records whose kind of work is not one of the forms above (imported CTDC data names
    // only "forced labour", or a sector such as construction): forced labour stays forced labour.
    {
      code: "forced_labour",
      labelId: "Kerja paksa (bidang lain / tidak dirinci)",
      labelEn: "Forced labour (other or unspecified sector)",
      htcds: "ForcedLabour",
    },
    {
      code: "servitude",
      labelId: "Perbudakan / praktik serupa perbudakan",
      labelEn: "Slavery or practices similar to slavery",
      htcds: "Servitude",
    },
    {
      code: "forced_military",
      labelId: "Perekrutan paksa oleh kelompok bersenjata",
      labelEn: "Forced military service (non-state armed groups)",
      htcds: "ForcedMilitaryByNonStateActors",
    },
    { code: "other", labelId: "Lainnya", labelEn: "Other", htcds: "Other" },
  ],

  complaint_channel: [
    {
      code: "hotline",
      labelId: "Hotline / telepon (mis. SAPA 129)",
      labelEn: "Hotline or phone (e.g. SAPA 129)",
    },
    { code: "messaging", labelId: "WhatsApp / SMS / media sosial", labelEn: "WhatsApp, SMS or social media" },
    { code: "walk_in", labelId: "Datang langsung", labelEn: "Walk-in" },
    { code: "web_form", labelId: "Formulir pengaduan daring", labelEn: "Public web form" },
    {
      code: "agency_referral",
      labelId: "Rujukan dari instansi lain",
      labelEn: "Referral from another agency",
    },
    { code: "police", labelId: "Kepolisian", labelEn: "Police" },
    { code: "media_monitoring", labelId: "Pemantauan media", labelEn: "Media monitoring" },
    { code: "early_warning", labelId: "Laporan kewaspadaan dini", labelEn: "Early-warning report" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  place_type: [
    { code: "boarding_house", labelId: "Kos-kosan", labelEn: "Boarding house (kos)" },
    { code: "hotel", labelId: "Hotel", labelEn: "Hotel" },
    { code: "house", labelId: "Rumah", labelEn: "House" },
    { code: "motel", labelId: "Motel / losmen", labelEn: "Motel or guesthouse" },
    { code: "apartment", labelId: "Apartemen", labelEn: "Apartment" },
    { code: "street", labelId: "Jalan", labelEn: "Street" },
    { code: "workplace", labelId: "Tempat kerja", labelEn: "Workplace" },
    { code: "school", labelId: "Sekolah", labelEn: "School" },
    { code: "public_facility", labelId: "Fasilitas umum", labelEn: "Public facility" },
    { code: "online_app", labelId: "Aplikasi daring (mis. MiChat)", labelEn: "Online app (e.g. MiChat)" },
    { code: "tourist_site", labelId: "Tempat wisata", labelEn: "Tourist site" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  suspect_relation: [
    { code: "parent", labelId: "Orang tua", labelEn: "Parent" },
    { code: "relative", labelId: "Keluarga", labelEn: "Relative" },
    { code: "spouse", labelId: "Suami / istri", labelEn: "Spouse" },
    { code: "neighbour", labelId: "Tetangga", labelEn: "Neighbour" },
    { code: "partner_or_friend", labelId: "Pacar / teman", labelEn: "Partner or friend" },
    { code: "teacher", labelId: "Guru", labelEn: "Teacher" },
    { code: "employer", labelId: "Majikan", labelEn: "Employer" },
    { code: "coworker", labelId: "Rekan kerja", labelEn: "Co-worker" },
    { code: "agent_recruiter", labelId: "Agen / perekrut", labelEn: "Agent or recruiter" },
    { code: "stranger", labelId: "Tidak dikenal", labelEn: "Stranger" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  // In procedural order, so the list doubles as the sort order of a case's progress.
  legal_stage: [
    { code: "police_report", labelId: "Laporan polisi (LP)", labelEn: "Police report filed" },
    { code: "preliminary_inquiry", labelId: "Penyelidikan", labelEn: "Preliminary inquiry" },
    {
      code: "investigation",
      labelId: "Penyidikan (SPDP, penetapan tersangka)",
      labelEn: "Investigation (prosecutor notified, suspect named)",
    },
    {
      code: "dossier_stage_one",
      labelId: "Tahap I / P-19 (berkas dikembalikan)",
      labelEn: "Dossier submitted, returned for completion (P-19)",
    },
    {
      code: "dossier_complete",
      labelId: "P-21 (berkas lengkap)",
      labelEn: "Dossier declared complete (P-21)",
    },
    {
      code: "handover_stage_two",
      labelId: "Tahap II (penyerahan tersangka dan barang bukti)",
      labelEn: "Suspect and evidence handed to the prosecutor",
    },
    { code: "indictment", labelId: "Dakwaan", labelEn: "Indictment" },
    {
      code: "prosecution_demand",
      labelId: "Tuntutan (termasuk tuntutan restitusi)",
      labelEn: "Prosecutor's demand (incl. restitution claim)",
    },
    {
      code: "district_court_verdict",
      labelId: "Putusan Pengadilan Negeri",
      labelEn: "District court verdict",
    },
    { code: "appeal", labelId: "Banding / kasasi", labelEn: "Appeal or cassation" },
    { code: "final_execution", labelId: "Inkracht / eksekusi", labelEn: "Final judgment executed" },
    {
      code: "investigation_stopped",
      labelId: "SP3 (penyidikan dihentikan)",
      labelEn: "Investigation stopped (SP3)",
    },
  ],

  restitution_stage: [
    { code: "requested", labelId: "Diajukan", labelEn: "Requested (often assessed by LPSK)" },
    { code: "demanded", labelId: "Dituntut jaksa", labelEn: "Included in the prosecutor's demand" },
    { code: "awarded", labelId: "Diputus pengadilan", labelEn: "Awarded by the court" },
    { code: "paid", labelId: "Dibayar pelaku", labelEn: "Paid by the offender" },
    // PP 29/2025: when the offender cannot pay, LPSK's victim assistance fund may.
    {
      code: "paid_by_victim_fund",
      labelId: "Dibayar dari Dana Bantuan Korban (LPSK)",
      labelEn: "Paid from the victim assistance fund (LPSK)",
    },
  ],

  service_type: [
    { code: "complaint_intake", labelId: "Pengaduan", labelEn: "Complaint intake" },
    { code: "outreach", labelId: "Penjangkauan", labelEn: "Outreach" },
    {
      code: "health_rehabilitation",
      labelId: "Rehabilitasi kesehatan (termasuk visum)",
      labelEn: "Health rehabilitation (incl. forensic examination)",
    },
    { code: "psychological_support", labelId: "Pendampingan psikologis", labelEn: "Psychological support" },
    { code: "social_rehabilitation", labelId: "Rehabilitasi sosial", labelEn: "Social rehabilitation" },
    {
      code: "temporary_shelter",
      labelId: "Penampungan sementara / rumah aman",
      labelEn: "Temporary shelter / safe house",
    },
    { code: "legal_aid", labelId: "Bantuan hukum", labelEn: "Legal aid" },
    { code: "legal_accompaniment", labelId: "Pendampingan hukum", labelEn: "Legal accompaniment" },
    { code: "repatriation", labelId: "Pemulangan", labelEn: "Return home" },
    { code: "social_reintegration", labelId: "Reintegrasi sosial", labelEn: "Social reintegration" },
    { code: "economic_empowerment", labelId: "Pemberdayaan ekonomi", labelEn: "Economic empowerment" },
    { code: "education", labelId: "Pendidikan", labelEn: "Education" },
    { code: "documents", labelId: "Pengurusan dokumen", labelEn: "Identity and civil documents" },
    {
      code: "restitution_facilitation",
      labelId: "Fasilitasi restitusi",
      labelEn: "Restitution facilitation",
    },
    { code: "disability_services", labelId: "Layanan disabilitas", labelEn: "Disability services" },
    {
      code: "religious_support",
      labelId: "Pendampingan tokoh agama",
      labelEn: "Support from a religious leader",
    },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  sex: [
    { code: "female", labelId: "Perempuan", labelEn: "Female", htcds: "Feminine" },
    { code: "male", labelId: "Laki-laki", labelEn: "Male", htcds: "Masculine" },
    { code: "unknown", labelId: "Tidak diketahui", labelEn: "Unknown", htcds: "NonSpecifiedUnknown" },
  ],

  // Age at identification. A child is under 18 (UU 21/2007), so 13–17 ends childhood.
  age_group: [
    { code: "age_0_5", labelId: "0–5 tahun", labelEn: "0–5 years" },
    { code: "age_6_12", labelId: "6–12 tahun", labelEn: "6–12 years" },
    { code: "age_13_17", labelId: "13–17 tahun", labelEn: "13–17 years" },
    { code: "age_18_24", labelId: "18–24 tahun", labelEn: "18–24 years" },
    { code: "age_25_44", labelId: "25–44 tahun", labelEn: "25–44 years" },
    { code: "age_45_59", labelId: "45–59 tahun", labelEn: "45–59 years" },
    { code: "age_60_plus", labelId: "60 tahun ke atas", labelEn: "60 years and over" },
    { code: "unknown", labelId: "Tidak diketahui", labelEn: "Unknown" },
  ],

  education_level: [
    { code: "no_schooling", labelId: "Tidak / belum sekolah", labelEn: "No schooling" },
    { code: "primary_incomplete", labelId: "Tidak tamat SD", labelEn: "Primary school not completed" },
    { code: "primary", labelId: "SD / sederajat", labelEn: "Primary school" },
    { code: "lower_secondary", labelId: "SMP / sederajat", labelEn: "Junior secondary school" },
    {
      code: "upper_secondary",
      labelId: "SMA / SMK / sederajat",
      labelEn: "Senior secondary or vocational school",
    },
    { code: "diploma", labelId: "Diploma (D1–D3)", labelEn: "Diploma (D1–D3)" },
    { code: "bachelor", labelId: "Sarjana (D4 / S1)", labelEn: "Bachelor's degree (D4/S1)" },
    { code: "postgraduate", labelId: "Pascasarjana (S2 / S3)", labelEn: "Postgraduate degree (S2/S3)" },
    { code: "unknown", labelId: "Tidak diketahui", labelEn: "Unknown" },
  ],

  marital_status: [
    { code: "never_married", labelId: "Belum kawin", labelEn: "Never married" },
    { code: "married", labelId: "Kawin tercatat", labelEn: "Married (registered)" },
    // Unregistered (siri) marriages matter here: contract marriage is a trafficking modus.
    {
      code: "married_unregistered",
      labelId: "Kawin belum tercatat (siri)",
      labelEn: "Married (not registered)",
    },
    { code: "divorced", labelId: "Cerai hidup", labelEn: "Divorced" },
    { code: "widowed", labelId: "Cerai mati", labelEn: "Widowed" },
    { code: "unknown", labelId: "Tidak diketahui", labelEn: "Unknown" },
  ],

  // The kinds of disability in UU 8/2016 Pasal 4.
  disability: [
    { code: "none", labelId: "Tidak ada", labelEn: "None" },
    { code: "physical", labelId: "Disabilitas fisik", labelEn: "Physical disability" },
    { code: "intellectual", labelId: "Disabilitas intelektual", labelEn: "Intellectual disability" },
    {
      code: "mental",
      labelId: "Disabilitas mental (psikososial)",
      labelEn: "Mental (psychosocial) disability",
    },
    { code: "sensory_visual", labelId: "Disabilitas sensorik netra", labelEn: "Visual impairment" },
    { code: "sensory_hearing", labelId: "Disabilitas sensorik rungu", labelEn: "Hearing impairment" },
    { code: "sensory_speech", labelId: "Disabilitas sensorik wicara", labelEn: "Speech impairment" },
    { code: "multiple", labelId: "Disabilitas ganda / multi", labelEn: "Multiple disabilities" },
    { code: "unknown", labelId: "Tidak diketahui", labelEn: "Unknown" },
  ],

  risk_level: [
    { code: "low", labelId: "Rendah", labelEn: "Low" },
    { code: "medium", labelId: "Sedang", labelEn: "Medium" },
    { code: "high", labelId: "Tinggi", labelEn: "High" },
    { code: "critical", labelId: "Darurat (perlu tindakan segera)", labelEn: "Critical (act immediately)" },
  ],

  early_warning_type: [
    { code: "suspicious_recruiter", labelId: "Perekrut mencurigakan", labelEn: "Suspicious recruiter" },
    { code: "suspicious_job_offer", labelId: "Tawaran kerja mencurigakan", labelEn: "Suspicious job offer" },
    {
      code: "online_job_offer",
      labelId: "Lowongan kerja daring mencurigakan (media sosial / aplikasi)",
      labelEn: "Suspicious online job offer (social media or app)",
    },
    {
      code: "unlicensed_migrant_placement",
      labelId: "Penempatan PMI tanpa izin / penampungan calon PMI ilegal",
      labelEn: "Unlicensed migrant-worker placement or holding house",
    },
    {
      code: "child_absent_from_school",
      labelId: "Anak tidak masuk sekolah tanpa keterangan",
      labelEn: "Child absent from school without explanation",
    },
    { code: "missing_person", labelId: "Anak / orang hilang", labelEn: "Missing child or person" },
    { code: "suspicious_lodging", labelId: "Kos / penginapan mencurigakan", labelEn: "Suspicious lodging" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  prevention_activity_type: [
    { code: "awareness_session", labelId: "Sosialisasi", labelEn: "Awareness session" },
    { code: "community_education", labelId: "Penyuluhan", labelEn: "Community education" },
    { code: "training", labelId: "Pelatihan", labelEn: "Training" },
    { code: "media_campaign", labelId: "Kampanye media", labelEn: "Media campaign" },
    { code: "patrol_monitoring", labelId: "Patroli / pengawasan", labelEn: "Patrol or monitoring" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],

  target_group: [
    { code: "students", labelId: "Pelajar", labelEn: "Students" },
    { code: "parents", labelId: "Orang tua", labelEn: "Parents" },
    {
      code: "prospective_migrant_workers",
      labelId: "Calon pekerja migran",
      labelEn: "Prospective migrant workers",
    },
    {
      code: "community_leaders",
      labelId: "Tokoh masyarakat / tokoh agama",
      labelEn: "Community and religious leaders",
    },
    { code: "officials", labelId: "Aparat pemerintah", labelEn: "Government officials" },
    { code: "teachers", labelId: "Guru / tenaga kependidikan", labelEn: "Teachers and school staff" },
    { code: "general_public", labelId: "Masyarakat umum", labelEn: "General public" },
    { code: "other", labelId: "Lainnya", labelEn: "Other" },
  ],
};
