import type { Random } from "./random.ts";

// Common Indonesian given names and family names, for demo staff accounts.
const givenNames = [
  "Siti",
  "Dewi",
  "Rina",
  "Ayu",
  "Fitri",
  "Wulan",
  "Nur",
  "Maya",
  "Indah",
  "Lestari",
  "Putri",
  "Ratna",
  "Budi",
  "Agus",
  "Hendra",
  "Rizky",
  "Dimas",
  "Fajar",
  "Yusuf",
  "Arif",
  "Bayu",
  "Eko",
  "Joko",
  "Andi",
];
const familyNames = [
  "Rahmawati",
  "Susanti",
  "Hidayat",
  "Saputra",
  "Wijaya",
  "Pratama",
  "Kurniawan",
  "Nugroho",
  "Santoso",
  "Halim",
  "Siregar",
  "Nasution",
  "Simanjuntak",
  "Lubis",
  "Harahap",
  "Manurung",
  "Sitompul",
  "Pohan",
  "Wibowo",
  "Setiawan",
];

export function demoPersonName(random: Random): string {
  return `${random.pick(givenNames)} ${random.pick(familyNames)}`;
}

export function demoEmail(name: string, n: number): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${n}@demo.gugus.id`;
}
