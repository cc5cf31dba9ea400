import { html } from "./html.ts";
import { formatNumber } from "./portal-format.ts";
import { type PortalView, portalPage } from "./portal-layout.ts";
import { type PortalTextKey, portalText } from "./portal-texts.ts";
import type { liveMaterials } from "./public.repository.ts";

type Material = Awaited<ReturnType<typeof liveMaterials>>[number];

const typeName: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

function size(bytes: number, view: PortalView): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), view.lang)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, view.lang)} MB`;
}

/** Campaign materials to download, each with the QR code that opens the complaint form. */
export function renderMaterials(view: PortalView, materials: Material[], formUrl: string): string {
  const t = (key: PortalTextKey, params?: Record<string, string | number>) =>
    portalText(view.lang, key, params);
  const items = materials.map((m) => {
    const title = view.lang === "en" && m.titleEn ? m.titleEn : m.titleId;
    const text = view.lang === "en" && m.descriptionEn ? m.descriptionEn : m.descriptionId;
    return html`<section class="material" aria-labelledby="materi-${m.id}">
<div>
<h2 id="materi-${m.id}">${title}</h2>
${text ? html`<p>${text}</p>` : ""}
<p><a class="btn btn-ghost" href="/materi/${m.id}/unduh" download>${t("materialsDownload")} ${typeName[m.mimeType] ?? ""} (${size(m.sizeBytes, view)})</a></p>
<p class="meta">${t("materialsQrExplain")} <a href="${formUrl}">${formUrl}</a></p>
</div>
<div>
<img class="qr" src="/materi/${m.id}/qr.svg" alt="${t("materialsQrAlt", { url: formUrl })}" width="128" height="128" loading="lazy" decoding="async">
<p class="meta"><a href="/materi/${m.id}/qr.png" download>${t("materialsQrPng")}</a></p>
</div>
</section>`;
  });
  const content = html`<h1>${t("materialsTitle")}</h1>
<p class="lead">${t("materialsDescription")}</p>
${items.length > 0 ? items : html`<p>${t("materialsNone")}</p>`}`;
  return portalPage(view, { title: t("materialsTitle"), description: t("materialsDescription") }, content);
}
