/**
 * The regions that ship with the product: Kota Administrasi Jakarta Pusat down to its 44
 * kelurahan, keyed by Kemendagri code (`PP.KK.CC.XDDD`). BPS codes are a different scheme
 * (3173 there is Jakarta Pusat) and never appear here. The rest of Indonesia is imported
 * from a CSV the deployment provides.
 */
export type RegionSeed = {
  readonly code: string;
  readonly name: string;
  readonly level: "provinsi" | "kabupaten_kota" | "kecamatan" | "kelurahan";
  readonly parentCode: string | null;
};

// Parents come before their children, so the list can be inserted in order.
export const jakartaPusatRegions: readonly RegionSeed[] = [
  { code: "31", name: "DKI Jakarta", level: "provinsi", parentCode: null },
  { code: "31.71", name: "Kota Administrasi Jakarta Pusat", level: "kabupaten_kota", parentCode: "31" },
  { code: "31.71.01", name: "Gambir", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.01.1001", name: "Gambir", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.01.1002", name: "Cideng", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.01.1003", name: "Petojo Utara", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.01.1004", name: "Petojo Selatan", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.01.1005", name: "Kebon Kelapa", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.01.1006", name: "Duri Pulo", level: "kelurahan", parentCode: "31.71.01" },
  { code: "31.71.02", name: "Sawah Besar", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.02.1001", name: "Pasar Baru", level: "kelurahan", parentCode: "31.71.02" },
  { code: "31.71.02.1002", name: "Karang Anyar", level: "kelurahan", parentCode: "31.71.02" },
  { code: "31.71.02.1003", name: "Kartini", level: "kelurahan", parentCode: "31.71.02" },
  { code: "31.71.02.1004", name: "Gunung Sahari Utara", level: "kelurahan", parentCode: "31.71.02" },
  { code: "31.71.02.1005", name: "Mangga Dua Selatan", level: "kelurahan", parentCode: "31.71.02" },
  { code: "31.71.03", name: "Kemayoran", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.03.1001", name: "Kemayoran", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1002", name: "Kebon Kosong", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1003", name: "Harapan Mulia", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1004", name: "Serdang", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1005", name: "Gunung Sahari Selatan", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1006", name: "Cempaka Baru", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1007", name: "Sumur Batu", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.03.1008", name: "Utan Panjang", level: "kelurahan", parentCode: "31.71.03" },
  { code: "31.71.04", name: "Senen", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.04.1001", name: "Senen", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.04.1002", name: "Kenari", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.04.1003", name: "Paseban", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.04.1004", name: "Kramat", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.04.1005", name: "Kwitang", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.04.1006", name: "Bungur", level: "kelurahan", parentCode: "31.71.04" },
  { code: "31.71.05", name: "Cempaka Putih", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.05.1001", name: "Cempaka Putih Timur", level: "kelurahan", parentCode: "31.71.05" },
  { code: "31.71.05.1002", name: "Cempaka Putih Barat", level: "kelurahan", parentCode: "31.71.05" },
  { code: "31.71.05.1003", name: "Rawasari", level: "kelurahan", parentCode: "31.71.05" },
  { code: "31.71.06", name: "Menteng", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.06.1001", name: "Menteng", level: "kelurahan", parentCode: "31.71.06" },
  { code: "31.71.06.1002", name: "Pegangsaan", level: "kelurahan", parentCode: "31.71.06" },
  { code: "31.71.06.1003", name: "Cikini", level: "kelurahan", parentCode: "31.71.06" },
  { code: "31.71.06.1004", name: "Gondangdia", level: "kelurahan", parentCode: "31.71.06" },
  { code: "31.71.06.1005", name: "Kebon Sirih", level: "kelurahan", parentCode: "31.71.06" },
  { code: "31.71.07", name: "Tanah Abang", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.07.1001", name: "Gelora", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1002", name: "Bendungan Hilir", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1003", name: "Karet Tengsin", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1004", name: "Petamburan", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1005", name: "Kebon Melati", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1006", name: "Kebon Kacang", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.07.1007", name: "Kampung Bali", level: "kelurahan", parentCode: "31.71.07" },
  { code: "31.71.08", name: "Johar Baru", level: "kecamatan", parentCode: "31.71" },
  { code: "31.71.08.1001", name: "Johar Baru", level: "kelurahan", parentCode: "31.71.08" },
  { code: "31.71.08.1002", name: "Kampung Rawa", level: "kelurahan", parentCode: "31.71.08" },
  { code: "31.71.08.1003", name: "Galur", level: "kelurahan", parentCode: "31.71.08" },
  { code: "31.71.08.1004", name: "Tanah Tinggi", level: "kelurahan", parentCode: "31.71.08" },
];
