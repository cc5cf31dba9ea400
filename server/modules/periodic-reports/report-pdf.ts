import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { narrativeSections, type Signatory } from "../../../shared/periodic-reports.ts";
import { letterhead, secretariatContact } from "../../lib/documents/letterhead.ts";
import { MARGIN_X, renderPdf } from "../../lib/documents/pdf.ts";
import { wibClock, wibDayMonthYear } from "../../lib/documents/wib-format.ts";
import type { Locale } from "../../lib/messages.ts";
import { changeText, numberText, rupiahText, shareText } from "./report-format.ts";
import type { Narrative } from "./report-narrative.ts";
import { type Cell, type ReportTable, sectionTables } from "./report-tables.ts";
import { type Texts, textsOf } from "./report-texts.ts";

/** Everything one rendering of a report needs, the figures already in the document's language. */
export type ReportDocumentData = {
  taskForceName: string;
  secretariat: { name: string; address: string | null; phone: string | null; email: string | null } | null;
  title: string;
  status: "draft" | "final";
  periodText: string;
  areaText: string;
  /** The report is about one kecamatan or kelurahan: coordination tables say they are not. */
  narrowed: boolean;
  figures: DashboardDto;
  narrative: Narrative;
  cutoff: Date;
  finalisedAt: Date | null;
  signatory: Signatory | null;
  /** "Jakarta", for the date line above the signature. */
  city: string;
  generatedAt: Date;
};

const SHADE = "#eeeeee";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** A table cell as printed: numbers the reader's way, rupiah the Indonesian way in both. */
export function cellText(cell: Cell, locale: Locale): string {
  if (cell.value === null) return "–";
  switch (cell.kind) {
    case "text":
      return String(cell.value);
    case "year":
      return String(cell.value);
    case "count":
    case "days":
      return numberText(Number(cell.value), locale);
    case "share":
      return shareText(Number(cell.value), locale);
    case "change":
      return changeText(Number(cell.value), locale);
    case "rupiah":
      return rupiahText(Number(cell.value));
  }
}

const stamp = (instant: Date, locale: Locale) =>
  `${wibDayMonthYear(instant, locale)} ${wibClock(instant, locale)}`;

function tableContent(
  d: ReportDocumentData,
  t: Texts,
  locale: Locale,
  table: ReportTable,
  number: string,
): Content {
  const header: TableCell[] = table.columns.map((c) => ({
    text: c.header,
    bold: true,
    fillColor: SHADE,
    alignment: c.numeric ? "right" : "left",
  }));
  const body: TableCell[][] = table.rows.map((row, i) =>
    row.map((cell, j) => ({
      text: cellText(cell, locale),
      alignment: table.columns[j]?.numeric ? "right" : "left",
      bold: table.totalRow && i === table.rows.length - 1,
    })),
  );
  const firstText = !table.columns[0]?.numeric;
  const widths = table.columns.map((c, i) =>
    i === 0 && firstText ? "*" : table.columns.length === 2 ? 130 : c.numeric ? 62 : "*",
  );
  const note = t("doc.note", { unit: table.unit, source: d.figures.source, cutoff: stamp(d.cutoff, locale) });
  return {
    unbreakable: table.rows.length <= 12,
    margin: [0, 6, 0, 10],
    stack: [
      {
        text: t("doc.table", { number, title: table.title }),
        bold: true,
        fontSize: 9.5,
        margin: [0, 0, 0, 3],
      },
      table.rows.length === 0
        ? { text: t("doc.noRows"), italics: true, fontSize: 9 }
        : {
            table: { headerRows: 1, widths, body: [header, ...body], dontBreakRows: true },
            layout: "lightHorizontalLines",
            fontSize: 9,
          },
      { text: note, italics: true, fontSize: 7.5, color: "#444444", margin: [0, 3, 0, 0] },
    ],
  };
}

/** Paragraphs split at blank lines; a lone line break stays one. */
function paragraphs(text: string, t: Texts): Content[] {
  const trimmed = text.trim();
  if (!trimmed) return [{ text: t("doc.empty"), italics: true, color: "#555555", margin: [0, 0, 0, 6] }];
  return trimmed
    .split(/\n\s*\n/)
    .map((p): Content => ({ text: p.trim(), alignment: "justify", margin: [0, 0, 0, 6] }));
}

function identity(d: ReportDocumentData, t: Texts, locale: Locale): Content {
  const status =
    d.status === "final" && d.finalisedAt
      ? t("doc.statusFinal", { date: wibDayMonthYear(d.finalisedAt, locale) })
      : t("doc.statusDraft");
  const rows: [string, string][] = [
    [t("doc.period"), d.periodText],
    [t("doc.area"), d.areaText],
    [t("doc.cutoff"), `${stamp(d.cutoff, locale)} WIB`],
    [t("doc.source"), d.figures.source],
    [t("doc.status"), status],
  ];
  return {
    layout: "noBorders",
    margin: [0, 8, 0, 6],
    table: { widths: [90, 8, "*"], body: rows.map(([label, value]) => [label, ":", value]) },
  };
}

function signature(d: ReportDocumentData, t: Texts, locale: Locale): Content {
  const day = d.status === "final" && d.finalisedAt ? d.finalisedAt : d.generatedAt;
  const role = t(d.signatory?.position === "ketua" ? "doc.signature.ketua" : "doc.signature.ketua_harian", {
    taskForce: d.taskForceName,
  });
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [
      { width: "*", text: "" },
      {
        width: 230,
        stack: [
          t("doc.signatureDate", { city: d.city, date: wibDayMonthYear(day, locale) }),
          `${role},`,
          { text: " ", margin: [0, 40, 0, 0] },
          d.signatory?.name
            ? { text: d.signatory.name, bold: true, decoration: "underline" }
            : { text: t("doc.signatureBlank") },
          ...(d.signatory?.title ? [{ text: d.signatory.title }] : []),
        ],
      },
    ],
  };
}

/**
 * The report as pdfmake lays it out: the kop surat, the title and what it covers (period, area,
 * cut-off, source, status), each narrative section followed by its tables with unit and source,
 * the signature of the head of the task force, page numbers, and a DRAF watermark until final.
 */
export function reportDocument(d: ReportDocumentData, locale: Locale): TDocumentDefinitions {
  const t = textsOf(locale);
  const sections = narrativeSections.flatMap((key, index): Content[] => {
    const tables = sectionTables(key, d.figures, t, d.narrowed);
    return [
      {
        text: t("doc.sectionNumber", { number: ROMAN[index]!, title: t(`section.${key}`) }),
        style: "heading",
        headlineLevel: 1,
      },
      ...paragraphs(d.narrative[key] ?? "", t),
      ...tables.map((table, i) => tableContent(d, t, locale, table, `${index + 1}.${i + 1}`)),
    ];
  });
  return {
    pageSize: "A4",
    pageMargins: [MARGIN_X, 48, MARGIN_X, 56],
    language: locale === "id" ? "id-ID" : "en-GB",
    info: {
      title: d.title,
      subject: t("doc.subject"),
      author: d.taskForceName,
      creator: "Gugus",
      producer: "Gugus",
    },
    ...(d.status === "draft"
      ? { watermark: { text: t("doc.watermark"), color: "#b00020", opacity: 0.12, bold: true } }
      : {}),
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: { heading: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] } },
    // A section's heading never stays alone at the foot of a page.
    pageBreakBefore: (node) => node.headlineLevel === 1 && (node.startPosition?.verticalRatio ?? 0) > 0.85,
    content: [
      ...letterhead({ taskForceName: d.taskForceName, contact: secretariatContact(d.secretariat) }),
      {
        text: d.title.toLocaleUpperCase(locale === "id" ? "id" : "en"),
        bold: true,
        fontSize: 12.5,
        alignment: "center",
      },
      identity(d, t, locale),
      ...sections,
      signature(d, t, locale),
    ],
    footer: (page, pages) => ({
      margin: [MARGIN_X, 20, MARGIN_X, 0],
      fontSize: 8,
      color: "#555555",
      columns: [
        { text: t("doc.generatedAt", { time: stamp(d.generatedAt, locale) }) },
        { text: t("doc.page", { page, pages }), alignment: "right", width: 120 },
      ],
    }),
  };
}

/** The report's PDF bytes. */
export function renderReportPdf(d: ReportDocumentData, locale: Locale): Promise<Buffer> {
  return renderPdf(reportDocument(d, locale));
}
