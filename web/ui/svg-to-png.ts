/**
 * A chart's SVG as a PNG that stands on its own in a WhatsApp group or a slide: white background,
 * the title and scope above, a legend, and the source and cut-off below. Everything is drawn in
 * the browser; nothing is sent anywhere.
 */
export type ChartImageText = {
  title: string;
  /** What the figures cover, e.g. "1 Jan – 31 Des 2024 · Kecamatan Gambir". */
  subtitle?: string;
  /** Source and cut-off, e.g. "Sumber: Gugus · Data per 29 Nov 2026, 14.05 WIB". */
  footer: string;
  /** Series names with a CSS colour each, for charts whose legend is HTML outside the SVG. */
  legend?: readonly { label: string; color: string }[];
  /** Pixels at the top of the SVG left blank for that HTML legend, cut from the picture. */
  skipTop?: number;
};

// The properties a chart takes from stylesheets and CSS variables; an SVG drawn as an image
// sees neither, so each element gets them written onto itself.
const inlined = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
] as const;

const PADDING = 16;
const GAP = 8;

function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((element, index) => {
    const target = to[index] as SVGElement | undefined;
    if (!target) return;
    const style = getComputedStyle(element);
    for (const property of inlined) {
      const value = style.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
  return copy;
}

async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const copy = inlineStyles(svg);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const markup = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.width = width;
  image.height = height;
  // A data: URL (not a blob: one) keeps the canvas untainted, so toBlob is allowed.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  return image;
}

/** Splits text into lines no wider than `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

type Block = { font: string; color: string; lineHeight: number; lines: string[] };

/** Renders the chart and its texts onto a canvas, returned as a PNG. */
export async function chartToPng(svg: SVGSVGElement, text: ChartImageText, scale = 2): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const image = await svgImage(svg, chartWidth, chartHeight);
  const skip = Math.min(Math.max(0, Math.round(text.skipTop ?? 0)), chartHeight - 1);
  const shownHeight = chartHeight - skip;

  const width = Math.max(chartWidth, 320) + PADDING * 2;
  const inner = width - PADDING * 2;
  const family = getComputedStyle(document.body).fontFamily || "sans-serif";
  const canvas = document.createElement("canvas");
  const measure = canvas.getContext("2d");
  if (!measure) throw new Error("Canvas 2D is not available");

  const block = (font: string, color: string, lineHeight: number, value: string | undefined): Block => {
    measure.font = font;
    return { font, color, lineHeight, lines: value ? wrap(measure, value, inner) : [] };
  };
  const title = block(`700 16px ${family}`, "#111", 22, text.title);
  const subtitle = block(`400 13px ${family}`, "#444", 18, text.subtitle);
  const footer = block(`400 11px ${family}`, "#555", 16, text.footer);

  // Legend entries flow left to right and wrap like words.
  const legendFont = `400 12px ${family}`;
  measure.font = legendFont;
  const legendRows: { label: string; color: string; x: number }[][] = [];
  let x = 0;
  for (const item of text.legend ?? []) {
    const itemWidth = 14 + 6 + measure.measureText(item.label).width + 16;
    if (legendRows.length === 0 || (x > 0 && x + itemWidth > inner)) {
      legendRows.push([]);
      x = 0;
    }
    legendRows[legendRows.length - 1]!.push({ ...item, x });
    x += itemWidth;
  }
  const legendHeight = legendRows.length * 20;

  const textHeight = (b: Block) => b.lines.length * b.lineHeight;
  const height =
    PADDING +
    textHeight(title) +
    textHeight(subtitle) +
    GAP +
    (legendHeight ? legendHeight + GAP : 0) +
    shownHeight +
    GAP +
    textHeight(footer) +
    PADDING;

  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("Canvas 2D is not available");
  context.scale(scale, scale);
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  context.textBaseline = "top";

  let y = PADDING;
  const draw = (b: Block) => {
    context.font = b.font;
    context.fillStyle = b.color;
    for (const line of b.lines) {
      context.fillText(line, PADDING, y + 2);
      y += b.lineHeight;
    }
  };
  draw(title);
  draw(subtitle);
  y += GAP;
  if (legendHeight) {
    context.font = legendFont;
    for (const row of legendRows) {
      for (const item of row) {
        context.fillStyle = item.color;
        context.fillRect(PADDING + item.x, y + 2, 14, 12);
        context.fillStyle = "#222";
        context.fillText(item.label, PADDING + item.x + 20, y + 2);
      }
      y += 20;
    }
    y += GAP;
  }
  context.drawImage(image, 0, skip, chartWidth, shownHeight, PADDING, y, chartWidth, shownHeight);
  y += shownHeight + GAP;
  draw(footer);

  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The chart could not be drawn"))),
      "image/png",
    );
  });
}
