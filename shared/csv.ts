/** A cell as exports write it: text, a number, a flag, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV line (RFC 4180, CRLF). A cell a spreadsheet would run as a formula (starting with
 * = + - @ or a control character) gets a leading apostrophe: exports are opened in Excel by
 * people who trust them. Shared so that the server's exports and the browser's chart downloads
 * escape alike.
 */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
