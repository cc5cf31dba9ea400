import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { type ActivityDto, countFields } from "../../../shared/prevention.ts";
import type { KnowledgeTestResults, QuestionDto } from "../../../shared/prevention-tests.ts";
import { letterhead } from "../../lib/documents/letterhead.ts";
import { CONTENT_WIDTH, MARGIN_X, renderPdf } from "../../lib/documents/pdf.ts";
import { wibClock, wibDayMonthYear, wibLongDate } from "../../lib/documents/wib-format.ts";
import type { Locale } from "../../lib/messages.ts";
import { type Texts, textsOf } from "./report-texts.ts";

/** A photo ready for the report: JPEG or PNG bytes (the only kinds a PDF embeds as they are). */
export type ReportPhoto = { mimeType: "image/jpeg" | "image/png"; content: Buffer };

export type ReportData = {
  taskForceName: string;
  activity: ActivityDto;
  typeLabel: string;
  targetGroupLabels: string[];
  test: { questions: QuestionDto[]; results: KnowledgeTestResults } | null;
  photos: ReportPhoto[];
  // Photos beyond the report's limit, and photos in a format a PDF cannot hold (WebP).
  photosOmitted: number;
  photosUnprintable: number;
  generatedAt: Date;
};

const SHADE = "#eeeeee";

function numberText(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 1 }).format(
    value,
  );
}

const percentText = (value: number | null, locale: Locale) =>
  value === null ? "–" : `${numberText(value, locale)}%`;

function placeText(a: ActivityDto, t: Texts): string {
  const area = [
    a.regionName ? `${t("place.kelurahan")} ${a.regionName}` : null,
    a.kecamatanName ? `${t("report.kecamatanPrefix")} ${a.kecamatanName}` : null,
  ];
  if (a.placeKind === "online") return [t("report.online"), a.placeDetail].filter(Boolean).join(": ");
  const where = a.placeKind === "school" ? [a.schoolName, a.placeDetail] : [a.placeDetail];
  return [...where, ...area].filter(Boolean).join(", ");
}

function whenRows(a: ActivityDto, t: Texts, locale: Locale): [string, string][] {
  const start = new Date(a.startsAt);
  const end = a.endsAt ? new Date(a.endsAt) : null;
  const sameDay = !end || wibLongDate(end, locale) === wibLongDate(start, locale);
  const date = sameDay
    ? wibLongDate(start, locale)
    : `${wibLongDate(start, locale)} – ${wibLongDate(end, locale)}`;
  const time = end
    ? `${wibClock(start, locale)}–${wibClock(end, locale)} WIB`
    : `${wibClock(start, locale)} WIB`;
  return [
    [t("report.date"), date],
    [t("report.time"), time],
  ];
}

function identity(d: ReportData, t: Texts, locale: Locale): Content {
  const a = d.activity;
  const rows: [string, string][] = [
    [t("report.activity"), a.title],
    [t("report.type"), d.typeLabel],
    [t("report.status"), t(`status.${a.status}`)],
    ...(a.status === "cancelled" && a.cancelReason
      ? [[t("report.cancelReason"), a.cancelReason] as [string, string]]
      : []),
    ...whenRows(a, t, locale),
    [t("report.place"), placeText(a, t)],
    [t("report.organizer"), a.organizerName],
    [t("report.partners"), a.partners.map((p) => p.name).join("; ") || t("report.none")],
    [t("report.targetGroups"), d.targetGroupLabels.join(", ") || t("report.none")],
    ...(a.workingGroupName
      ? [[t("report.workingGroup"), a.workingGroupName[locale]] as [string, string]]
      : []),
  ];
  return {
    layout: "noBorders",
    table: { widths: [120, 8, "*"], body: rows.map(([label, value]) => [label, ":", value]) },
    margin: [0, 2, 0, 0],
  };
}

const headerCell = (text: string, alignment: "left" | "right" | "center" = "left"): TableCell => ({
  text,
  bold: true,
  fontSize: 9,
  fillColor: SHADE,
  alignment,
});

function participants(d: ReportData, t: Texts, locale: Locale): Content[] {
  const a = d.activity;
  const counts = a.counts;
  const source =
    a.participantSource === "list"
      ? t("report.sourceList", { count: a.attendeeCount })
      : a.participantSource === "counts"
        ? t("report.sourceCounts")
        : t("report.sourceNone");
  if (!counts) return [{ text: source, italics: true }];
  const n = (v: number) => ({ text: numberText(v, locale), alignment: "right" as const });
  const cells = (sex: "female" | "male") =>
    countFields.filter((f) => f.startsWith(sex)).map((f) => counts[f]);
  const female = cells("female");
  const male = cells("male");
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const row = (label: string, values: number[]) => [
    label,
    ...values.map(n),
    { ...n(sum(values)), bold: true },
  ];
  return [
    {
      table: {
        headerRows: 1,
        widths: ["*", 86, 96, 80, 50],
        body: [
          [
            headerCell(t("report.sex")),
            headerCell(t("report.children"), "right"),
            headerCell(t("report.adults"), "right"),
            headerCell(t("report.older"), "right"),
            headerCell(t("report.total"), "right"),
          ],
          row(t("sex.female"), female),
          row(t("sex.male"), male),
          [
            { text: t("report.total"), bold: true },
            ...[0, 1, 2].map((i) => ({ ...n(female[i]! + male[i]!), bold: true })),
            { ...n(sum(female) + sum(male)), bold: true },
          ],
        ],
      },
      layout: "lightHorizontalLines",
    },
    { text: source, italics: true, fontSize: 9, margin: [0, 4, 0, 0] },
  ];
}

function signedPoints(value: number | null, t: Texts, locale: Locale): string {
  if (value === null) return "–";
  const sign = value > 0 ? "+" : "";
  return t("report.points", { value: `${sign}${numberText(value, locale)}` });
}

function knowledgeTest(d: ReportData, t: Texts, locale: Locale): Content[] {
  if (!d.test) return [{ text: t("report.testNone"), italics: true }];
  const { questions, results: r } = d.test;
  if (r.preCount + r.postCount === 0) {
    return [{ text: t("report.testNoAnswers", { count: questions.length }), italics: true }];
  }
  const right = (text: string): TableCell => ({ text, alignment: "right" });
  const answerText = (q: QuestionDto) =>
    q.kind === "true_false"
      ? t(q.correctOption === 0 ? "report.true" : "report.false")
      : (q.options[q.correctOption] ?? "");
  return [
    { text: t("report.testIntro", { count: questions.length }), margin: [0, 0, 0, 6] },
    {
      table: {
        headerRows: 1,
        widths: ["*", 90, 90],
        body: [
          [headerCell(""), headerCell(t("report.pre"), "right"), headerCell(t("report.post"), "right")],
          [
            t("report.respondents"),
            right(numberText(r.preCount, locale)),
            right(numberText(r.postCount, locale)),
          ],
          [
            t("report.averageScore"),
            right(percentText(r.averagePre, locale)),
            right(percentText(r.averagePost, locale)),
          ],
        ],
      },
      layout: "lightHorizontalLines",
    },
    {
      layout: "noBorders",
      margin: [0, 6, 0, 8],
      table: {
        widths: ["*", 150],
        body: [
          [
            t("report.gain"),
            { text: signedPoints(r.averageGain, t, locale), bold: true, alignment: "right" },
          ],
          ...(r.pairedCount > 0
            ? [
                [
                  t("report.pairedGain", { count: r.pairedCount }),
                  {
                    text: signedPoints(r.averagePairedGain, t, locale),
                    bold: true,
                    alignment: "right" as const,
                  },
                ],
              ]
            : []),
        ],
      },
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, "*", 110, 58, 58],
        body: [
          [
            headerCell(t("col.no")),
            headerCell(t("report.question")),
            headerCell(t("report.answer")),
            headerCell(t("report.correctPre"), "right"),
            headerCell(t("report.correctPost"), "right"),
          ],
          ...questions.map((q, i) => [
            `${i + 1}.`,
            q.prompt,
            answerText(q),
            right(percentText(r.questions[i]?.preCorrect ?? null, locale)),
            right(percentText(r.questions[i]?.postCorrect ?? null, locale)),
          ]),
        ],
      },
      layout: "lightHorizontalLines",
      fontSize: 9,
    },
  ];
}

function signature(d: ReportData, t: Texts, locale: Locale): Content {
  return {
    unbreakable: true,
    margin: [0, 28, 0, 0],
    columns: [
      { width: "*", text: "" },
      {
        width: 210,
        stack: [
          t("report.signaturePlace", { date: wibDayMonthYear(d.generatedAt, locale) }),
          t("report.signatureRole"),
          { text: d.activity.organizerName, bold: true },
          { text: " ", margin: [0, 36, 0, 0] },
          t("report.signatureName"),
        ],
      },
    ],
  };
}

const PHOTO_FIT: [number, number] = [(CONTENT_WIDTH - 16) / 2, 180];

function photos(d: ReportData, t: Texts): Content[] {
  const notes: Content[] = [];
  if (d.photosOmitted > 0)
    notes.push({ text: t("report.photosMore", { count: d.photosOmitted }), italics: true });
  if (d.photosUnprintable > 0)
    notes.push({ text: t("report.photosUnprintable", { count: d.photosUnprintable }), italics: true });
  if (d.photos.length === 0) {
    return d.photosOmitted + d.photosUnprintable > 0
      ? notes
      : [{ text: t("report.photosNone"), italics: true }];
  }
  const cells: TableCell[] = d.photos.map((_, i) => ({
    stack: [
      { image: `photo${i}`, fit: PHOTO_FIT, alignment: "center" },
      {
        text: t("report.photoCaption", { number: i + 1 }),
        fontSize: 8,
        alignment: "center",
        margin: [0, 3, 0, 0],
      },
    ],
    margin: [0, 4, 0, 8],
  }));
  if (cells.length % 2 === 1) cells.push({ text: "" });
  const body: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += 2) body.push([cells[i]!, cells[i + 1]!]);
  return [{ table: { widths: ["*", "*"], dontBreakRows: true, body }, layout: "noBorders" }, ...notes];
}

const heading = (
  text: string,
  extra: { pageBreak?: "before"; margin?: [number, number, number, number] } = {},
): Content => ({ text, style: "heading", headlineLevel: 1, ...extra });

/** The report as pdfmake lays it out: letterhead, sections A–D, signature, photo annex. */
export function reportDocument(d: ReportData, locale: Locale): TDocumentDefinitions {
  const t = textsOf(locale);
  const gloss = t("report.taskForceGloss");
  const images = Object.fromEntries(
    d.photos.map((p, i) => [`photo${i}`, `data:${p.mimeType};base64,${p.content.toString("base64")}`]),
  );
  return {
    pageSize: "A4",
    pageMargins: [MARGIN_X, 48, MARGIN_X, 56],
    language: locale === "id" ? "id-ID" : "en-GB",
    info: {
      title: `${t("report.subject")}: ${d.activity.title}`,
      subject: t("report.subject"),
      author: d.taskForceName,
      creator: "Gugus",
      producer: "Gugus",
    },
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: "center" },
      heading: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] },
    },
    images,
    // A section's heading never stays alone at the foot of a page: within its last tenth, it
    // moves to the next (counting following nodes would count the footer too).
    pageBreakBefore: (node) => node.headlineLevel === 1 && (node.startPosition?.verticalRatio ?? 0) > 0.9,
    content: [
      ...letterhead({ taskForceName: d.taskForceName, gloss }),
      { text: t("report.title"), style: "title" },
      { text: d.activity.title, alignment: "center", margin: [0, 4, 0, 6] },
      heading(t("report.identity")),
      identity(d, t, locale),
      heading(t("report.participants")),
      ...participants(d, t, locale),
      heading(t("report.test")),
      ...knowledgeTest(d, t, locale),
      heading(t("report.notes")),
      { text: d.activity.notes ?? t("report.notesNone"), italics: !d.activity.notes },
      signature(d, t, locale),
      heading(t("report.photos"), { pageBreak: "before", margin: [0, 0, 0, 8] }),
      ...photos(d, t),
    ],
    footer: (page, pages) => ({
      margin: [MARGIN_X, 20, MARGIN_X, 0],
      fontSize: 8,
      color: "#555555",
      columns: [
        {
          text: t("report.generatedAt", {
            time: `${wibDayMonthYear(d.generatedAt, locale)} ${wibClock(d.generatedAt, locale)}`,
          }),
        },
        { text: t("report.page", { page, pages }), alignment: "right", width: 110 },
      ],
    }),
  };
}

/** The report's bytes. */
export async function renderReport(d: ReportData, locale: Locale): Promise<Buffer> {
  return renderPdf(reportDocument(d, locale));
}
