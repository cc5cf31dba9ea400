import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// Fonts come from the pdfmake package itself, so a document needs nothing from the network.
const fontDir = dirname(createRequire(import.meta.url).resolve("pdfmake/fonts/Roboto/Roboto-Regular.ttf"));
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, "Roboto-Regular.ttf"),
    bold: join(fontDir, "Roboto-Medium.ttf"),
    italics: join(fontDir, "Roboto-Italic.ttf"),
    bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
  },
});
// Security: a document never fetches a URL, and reads no file but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** A4 in points, and the side margins every document of the server keeps. */
export const A4_WIDTH = 595.28;
export const MARGIN_X = 56;
export const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;

/**
 * The document's bytes. Every PDF of the server goes through here, so each gets the same fonts
 * and the same access policy (no URL, no file but the fonts).
 */
export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(document).getBuffer();
}
