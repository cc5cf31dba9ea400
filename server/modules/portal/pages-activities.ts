import { html, type SafeHtml } from "./html.ts";
import { formatNumber, formatWhen, isoDate } from "./portal-format.ts";
import { localHref, type PortalView, portalPage } from "./portal-layout.ts";
import { portalText } from "./portal-texts.ts";
import type { PublicActivity } from "./public-activities.repository.ts";

function place(view: PortalView, a: PublicActivity): string {
  if (a.placeKind === "online") return portalText(view.lang, "activitiesOnline");
  const parts = [a.schoolName, a.placeDetail, a.kelurahanName ? `Kel. ${a.kelurahanName}` : null];
  return parts.filter(Boolean).join(", ");
}

/** One activity: when, where, who organises, and (once held) how many people it reached. */
export function activityItem(view: PortalView, a: PublicActivity, held: boolean): SafeHtml {
  const t = (key: Parameters<typeof portalText>[1], params?: Record<string, string | number>) =>
    portalText(view.lang, key, params);
  const reach =
    a.reached === null
      ? t("activitiesReachUnknown")
      : t("activitiesReachValue", { count: formatNumber(a.reached, view.lang) });
  return html`<div class="activity">
<h3>${a.title}</h3>
<dl>
<dt>${t("activitiesWhen")}</dt><dd><time datetime="${isoDate(a.startsAt)}">${formatWhen(a.startsAt, view.lang)}</time></dd>
<dt>${t("activitiesWhere")}</dt><dd>${place(view, a)}</dd>
<dt>${t("activitiesOrganizer")}</dt><dd>${a.organizer}</dd>
${held ? html`<dt>${t("activitiesReach")}</dt><dd>${reach}</dd>` : ""}
</dl>
</div>`;
}

export type ActivitiesData = {
  kelurahan: string | null;
  options: { kecamatan: string; items: { code: string; name: string }[] }[];
  upcoming: PublicActivity[];
  past: PublicActivity[];
  /** Where the next page of past activities starts, when there are more. */
  olderBefore: Date | null;
  /** An older page of the list (or a filtered one) is not a page of its own for search engines. */
  paged: boolean;
  reach: { activities: number; people: number };
};

export function renderActivities(view: PortalView, data: ActivitiesData): string {
  const t = (key: Parameters<typeof portalText>[1], params?: Record<string, string | number>) =>
    portalText(view.lang, key, params);
  const groups = data.options.map(
    (group) =>
      html`<optgroup label="${group.kecamatan}">${group.items.map(
        (k) =>
          html`<option value="${k.code}"${k.code === data.kelurahan ? " selected" : ""}>${k.name}</option>`,
      )}</optgroup>`,
  );
  const older = data.olderBefore
    ? localHref(
        view.lang,
        `/kegiatan?${new URLSearchParams({
          ...(data.kelurahan ? { kelurahan: data.kelurahan } : {}),
          sebelum: data.olderBefore.toISOString(),
        }).toString()}`,
      )
    : null;
  const content = html`<h1>${t("activitiesTitle")}</h1>
<p class="lead">${t("activitiesDescription")}</p>
<form class="filter" method="get" action="/kegiatan">
${view.lang === "en" ? html`<input type="hidden" name="lang" value="en">` : ""}
<div><label for="kelurahan">${t("activitiesFilter")}</label>
<select id="kelurahan" name="kelurahan"><option value="">${t("activitiesAll")}</option>${groups}</select></div>
<button type="submit">${t("activitiesShow")}</button>
</form>
<p>${t("activitiesSummary", { activities: formatNumber(data.reach.activities, view.lang), people: formatNumber(data.reach.people, view.lang) })}</p>
<h2>${t("activitiesUpcoming")}</h2>
${data.upcoming.length > 0 ? data.upcoming.map((a) => activityItem(view, a, false)) : html`<p>${t("activitiesNoneUpcoming")}</p>`}
<h2>${t("activitiesPast")}</h2>
${data.past.length > 0 ? data.past.map((a) => activityItem(view, a, true)) : html`<p>${t("activitiesNonePast")}</p>`}
${older ? html`<p><a href="${older}">${t("activitiesMore")}</a></p>` : ""}`;
  return portalPage(
    view,
    {
      title: t("activitiesTitle"),
      description: t("activitiesDescription"),
      noindex: data.kelurahan !== null || data.paged,
    },
    content,
  );
}
