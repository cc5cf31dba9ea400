import type { Locale } from "../../lib/messages.ts";

const tag = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** "1.234" / "1,234"; one decimal at most ("3,5" days). */
export function numberText(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(value);
}

/** A share (0..1) as "12,5%"; "–" when nothing was counted under it. */
export function shareText(share: number | null, locale: Locale): string {
  if (share === null) return "–";
  return `${numberText(Math.round(share * 1000) / 10, locale)}%`;
}

/** A change (0.25 = a quarter more) as "+25%" / "−10%"; "–" when the year before had none. */
export function changeText(change: number | null, locale: Locale): string {
  if (change === null) return "–";
  const percent = Math.round(change * 1000) / 10;
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${numberText(Math.abs(percent), locale)}%`;
}

/** Rupiah are written the Indonesian way in both languages: "Rp 108.929.185". */
export function rupiahText(value: number): string {
  return new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 })
    .format(value)
    .replace(/\u00a0/g, " ");
}
