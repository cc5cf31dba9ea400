import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { letterhead, secretariatContact } from "../../lib/documents/letterhead.ts";
import { renderPdf } from "../../lib/documents/pdf.ts";
import { wibDayMonthYear } from "../../lib/documents/wib-format.ts";
import { meetingWhen } from "./meeting-calendar.ts";
import type { MeetingRow } from "./meetings.repository.ts";

export type LetterRecipient = { label: string };

export type LetterData = {
  taskForceName: string;
  /** "Jakarta" for the date line: "Jakarta, 10 Mei 2024". */
  city: string;
  secretariat: { name: string; address: string | null; phone: string | null; email: string | null } | null;
  meeting: MeetingRow;
  agenda: readonly { position: number; title: string; presenter: string | null }[];
  recipients: readonly LetterRecipient[];
  /** When the letter is dated if the meeting gives no letter date: today. */
  today: Date;
};

// An official letter lists up to this many addressees itself; more go to an annexed list.
const INLINE_RECIPIENTS = 4;

const natureLabel: Record<string, string> = {
  biasa: "Biasa",
  penting: "Penting",
  segera: "Segera",
  rahasia: "Rahasia",
};

function letterDate(d: LetterData): string {
  const day = d.meeting.letterDate ? new Date(`${d.meeting.letterDate}T05:00:00Z`) : d.today;
  return wibDayMonthYear(day, "id");
}

/** Label : value rows without borders, the way letters align them. */
function fieldTable(
  rows: readonly [string, string][],
  labelWidth: number,
  extra: { margin?: [number, number, number, number]; width?: string } = {},
): Content {
  return {
    table: { widths: [labelWidth, 8, "*"], body: rows.map(([label, value]) => [label, ":", value]) },
    layout: "noBorders",
    ...extra,
  } as Content;
}

/** Who signs: the named signer, else the chair; the NIP line only when given. */
function signature(d: LetterData): Content {
  const m = d.meeting;
  const title = m.signerTitle ?? m.chairTitle ?? `Ketua ${d.taskForceName}`;
  const name = m.signerName ?? m.chairName ?? "";
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [
      { width: "*", text: "" },
      {
        width: 220,
        stack: [
          { text: title, alignment: "center" },
          { text: " ", margin: [0, 44, 0, 0] },
          {
            text: name || "(.................................)",
            bold: true,
            decoration: name ? "underline" : undefined,
            alignment: "center",
          },
          ...(m.signerNip ? [{ text: `NIP ${m.signerNip}`, alignment: "center" as const }] : []),
        ],
      },
    ],
  };
}

/**
 * The surat undangan as a pdfmake document, in the official style: kop surat, place and date,
 * Nomor / Sifat / Lampiran / Hal, the addressees (Yth.), the body with day, date, time, place
 * and agenda, and the signature block; a long list of addressees goes to an annex page.
 */
export function letterDocument(d: LetterData): TDocumentDefinitions {
  const m = d.meeting;
  const when = meetingWhen(m, "id");
  const annex = d.recipients.length > INLINE_RECIPIENTS;
  const attachment = m.letterAttachment ?? (annex ? "1 (satu) lembar" : "-");
  const addressees: Content = annex
    ? { text: "Yth. Bapak/Ibu (daftar terlampir)" }
    : d.recipients.length === 1
      ? { text: `Yth. ${d.recipients[0]!.label}` }
      : {
          stack: ["Yth.", { ol: d.recipients.map((r) => r.label), margin: [10, 0, 0, 0] }],
        };
  const details: [string, string][] = [
    ["hari, tanggal", when.day],
    ["pukul", when.time],
  ];
  if (m.place) details.push(["tempat", m.place]);
  if (m.onlineUrl) details.push(["tautan rapat daring", m.onlineUrl]);
  details.push(["acara", m.title]);
  if (m.chairName) details.push(["pimpinan rapat", [m.chairName, m.chairTitle].filter(Boolean).join(", ")]);
  const body: Content[] = [{ text: "Dengan hormat,", margin: [0, 14, 0, 6] }];
  if (m.purpose) body.push({ text: m.purpose, alignment: "justify", margin: [0, 0, 0, 6] });
  body.push({
    text: `${m.purpose ? "Sehubungan dengan hal tersebut, kami" : "Bersama ini kami"} mengundang Bapak/Ibu untuk menghadiri rapat yang akan diselenggarakan pada:`,
    alignment: "justify",
    margin: [0, 0, 0, 6],
  });
  body.push(fieldTable(details, 110, { margin: [24, 0, 0, 6] }));
  if (d.agenda.length > 0) {
    body.push({ text: "dengan agenda:", margin: [24, 0, 0, 2] });
    body.push({
      ol: d.agenda.map((a) => (a.presenter ? `${a.title} (${a.presenter})` : a.title)),
      margin: [38, 0, 0, 6],
    });
  }
  body.push({
    text: "Mengingat pentingnya acara tersebut, kami mohon Bapak/Ibu hadir tepat waktu. Demikian undangan ini kami sampaikan; atas perhatian dan kehadiran Bapak/Ibu kami ucapkan terima kasih.",
    alignment: "justify",
  });

  const content: Content[] = [
    ...letterhead({ taskForceName: d.taskForceName, contact: secretariatContact(d.secretariat) }),
    { text: `${d.city}, ${letterDate(d)}`, alignment: "right", margin: [0, 0, 0, 8] },
    {
      columns: [
        fieldTable(
          [
            ["Nomor", m.letterNumber ?? "........................"],
            ["Sifat", natureLabel[m.letterNature ?? "biasa"] ?? "Biasa"],
            ["Lampiran", attachment],
            ["Hal", `Undangan ${m.title}`],
          ],
          52,
          { width: "*" },
        ),
        {
          width: 200,
          stack: ["Kepada", addressees, "di", { text: d.city, margin: [18, 0, 0, 0] }],
          margin: [16, 0, 0, 0],
        },
      ],
      columnGap: 8,
    },
    ...body,
    signature(d),
  ];
  if (annex) {
    content.push(
      { text: "", pageBreak: "before" },
      { text: `Lampiran Surat Nomor ${m.letterNumber ?? "...................."}`, fontSize: 9 },
      { text: `Tanggal ${letterDate(d)}`, fontSize: 9, margin: [0, 0, 0, 12] },
      { text: "DAFTAR UNDANGAN", bold: true, alignment: "center", margin: [0, 0, 0, 8] },
      { ol: d.recipients.map((r) => r.label) },
    );
  }
  return {
    pageSize: "A4",
    pageMargins: [56, 42, 56, 48],
    info: { title: `Undangan ${m.title}`, creator: "Gugus", producer: "Gugus" },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.2 },
    content,
  };
}

export async function renderLetter(d: LetterData): Promise<Buffer> {
  return renderPdf(letterDocument(d));
}
