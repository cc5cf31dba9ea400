import type { Content } from "pdfmake/interfaces";
import { CONTENT_WIDTH } from "./pdf.ts";

/**
 * The task force's name as a letterhead: "PP-TPPO" spelled out as the regulation names it, and
 * the area on a line of its own ("... PERDAGANGAN ORANG" / "KOTA ADMINISTRASI JAKARTA PUSAT").
 */
export function letterheadLines(name: string): string[] {
  const full = name.replace(/\bPP-?TPPO\b/i, "Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang");
  const area = /^(.*?)\s+((?:Kota|Kabupaten|Provinsi)\b.*)$/i.exec(full);
  return (area ? [area[1]!, area[2]!] : [full]).map((line) => line.toLocaleUpperCase("id"));
}

export type LetterheadOptions = {
  taskForceName: string;
  /** Small lines under the name: the secretariat's address, phone, e-mail. */
  contact?: readonly string[];
  /** An italic line under the name, e.g. an English gloss of it. */
  gloss?: string | null;
};

/**
 * The kop surat every document of the task force opens with: its name in capitals with the
 * area's line standing out (as on the city's own letterheads), the contact lines, and the
 * double rule under them, thick then thin.
 */
export function letterhead({ taskForceName, contact = [], gloss }: LetterheadOptions): Content[] {
  const lines = letterheadLines(taskForceName);
  return [
    ...lines.map(
      (line, i): Content => ({
        text: line,
        bold: true,
        alignment: "center",
        fontSize: i > 0 && i === lines.length - 1 ? 13 : 11.5,
      }),
    ),
    ...(gloss ? [{ text: gloss, italics: true, fontSize: 9, alignment: "center" as const }] : []),
    ...contact.map(
      (line): Content => ({ text: line, alignment: "center", fontSize: 8.5, margin: [0, 1, 0, 0] }),
    ),
    {
      canvas: [
        { type: "line", x1: 0, y1: 5, x2: CONTENT_WIDTH, y2: 5, lineWidth: 2, lineColor: "#1a1a1a" },
        { type: "line", x1: 0, y1: 8, x2: CONTENT_WIDTH, y2: 8, lineWidth: 0.6, lineColor: "#1a1a1a" },
      ],
      margin: [0, 2, 0, 14],
    },
  ];
}

/** The secretariat's contact lines as a letterhead prints them. */
export function secretariatContact(
  secretariat: { name: string; address: string | null; phone: string | null; email: string | null } | null,
): string[] {
  if (!secretariat) return [];
  const reach = [
    secretariat.address,
    secretariat.phone ? `Telp. ${secretariat.phone}` : null,
    secretariat.email,
  ]
    .filter(Boolean)
    .join(" · ");
  return [`Sekretariat: ${secretariat.name}`, reach].filter(Boolean);
}
