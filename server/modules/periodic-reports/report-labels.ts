import { countryName } from "../../../shared/countries.ts";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { importFormats } from "../../../shared/imports.ts";
import type { Db } from "../../db/database.ts";
import { isMessageKey, type Locale, translate } from "../../lib/messages.ts";
import { exploitationLabel } from "../portal/portal-texts.ts";
import { termLabels } from "../vocabularies/vocabularies.service.ts";

/**
 * The figures' words in the document's language. A report's snapshot is written in Bahasa
 * Indonesia, the language it is sent in; an English copy swaps each label by its code (the
 * numbers stay the snapshot's, untouched), and the source line by the message it was made from.
 */
export async function figuresIn(db: Db, figures: DashboardDto, locale: Locale): Promise<DashboardDto> {
  if (locale === "id") return figures;
  const unknown = translate(locale, "dashboard.unknown");
  const services = await termLabels(
    db,
    "service_type",
    figures.rights.services.flatMap((s) => (s.code ? [s.code] : [])),
  );
  const stages = await termLabels(
    db,
    "legal_stage",
    figures.legal.stages.flatMap((s) => (s.code ? [s.code] : [])),
  );
  return {
    ...figures,
    source: sourceIn(figures.source, locale),
    exploitation: figures.exploitation.map((e) => ({
      ...e,
      label: e.code === null ? unknown : exploitationLabel(locale, e.code),
    })),
    origin: figures.origin.map((o) => (o.code === null ? { ...o, label: unknown } : o)),
    destination: figures.destination.map((d) => ({
      ...d,
      label: d.code === null ? unknown : countryName(d.code, locale),
    })),
    rights: {
      ...figures.rights,
      services: figures.rights.services.map((s) => ({
        ...s,
        label: s.code === null ? unknown : services(s.code)[locale],
      })),
    },
    legal: {
      ...figures.legal,
      stages: figures.legal.stages.map((s) => ({
        ...s,
        label: s.code === null ? unknown : stages(s.code)[locale],
      })),
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A message's Indonesian text as a pattern whose placeholders capture what filled them. */
function patternOf(template: string): RegExp {
  return new RegExp(`^${escapeRegExp(template).replace(/\\\{\w+\\\}/g, "(.+)")}$`);
}

/**
 * The source line the statistics engine wrote in Indonesian, written again in the locale from
 * the same messages: "Gugus — {taskForce}; termasuk data impor: {imports}".
 */
export function sourceIn(source: string, locale: Locale): string {
  if (locale === "id") return source;
  const withImports = patternOf(translate("id", "statistics.source_with_imports")).exec(source);
  if (withImports) {
    const imports = withImports[2]!
      .split(", ")
      .map((name) => {
        const format = importFormats.find((f) => {
          const key = `statistics.import.${f}`;
          return isMessageKey(key) && translate("id", key) === name;
        });
        const key = `statistics.import.${format}`;
        return format && isMessageKey(key) ? translate(locale, key) : name;
      })
      .join(", ");
    return translate(locale, "statistics.source_with_imports", { taskForce: withImports[1]!, imports });
  }
  const plain = patternOf(translate("id", "statistics.source")).exec(source);
  if (plain) return translate(locale, "statistics.source", { taskForce: plain[1]! });
  return source;
}
