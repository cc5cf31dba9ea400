import QRCode from "qrcode";

/**
 * The QR code printed on every campaign material: it opens the public complaint form. Always made
 * from exactly `reportFormUrl(base)`, so a poster printed today keeps pointing at the form.
 */
export function reportFormUrl(baseUrl: string): string {
  return `${baseUrl}/lapor`;
}

// Medium error correction survives a creased or partly covered poster; a quiet zone of 2 modules.
const options = { errorCorrectionLevel: "M", margin: 2 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: "svg", color: { dark: "#000000", light: "#ffffff" } });
}

/** A PNG large enough to print sharp on an A4 poster (about 5 cm at 300 dpi). */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: "png", width: 600 });
}
