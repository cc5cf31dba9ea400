const formatter = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});

/** "Rp 108.929.185": rupiah are always written the Indonesian way, whatever the UI language. */
export function formatRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return formatter.format(value);
}
