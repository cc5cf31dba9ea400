import type { ImportCounts, ImportSummary } from "../../../shared/imports.ts";
import type { ImportedVictim } from "./import-record.ts";

/**
 * What the valid rows hold, counted per victim: the dry run shows it before anything is
 * written, and the applied import keeps it. Unknown values are counted under null; a victim
 * with two exploitation forms counts once under each.
 */
export function summarise(groups: readonly ImportedVictim[][]): ImportSummary {
  const tallies = {
    byYear: new Map<string | null, number>(),
    bySex: new Map<string | null, number>(),
    byChildStatus: new Map<string | null, number>(),
    byAgeGroup: new Map<string | null, number>(),
    byNationality: new Map<string | null, number>(),
    byExploitationForm: new Map<string | null, number>(),
    byDestinationCountry: new Map<string | null, number>(),
  };
  const add = (tally: Map<string | null, number>, value: string | null) =>
    tally.set(value, (tally.get(value) ?? 0) + 1);
  let victims = 0;
  for (const group of groups) {
    const theCase = group[0]!;
    const destinations = [
      ...new Set(theCase.route.filter((p) => p.kind !== "origin" && p.countryCode).map((p) => p.countryCode)),
    ];
    for (const { victim } of group) {
      victims++;
      add(tallies.byYear, theCase.identifiedOn.slice(0, 4));
      add(tallies.bySex, victim.sexCode === "unknown" ? null : victim.sexCode);
      add(tallies.byChildStatus, victim.isChild === null ? null : victim.isChild ? "child" : "adult");
      add(tallies.byAgeGroup, victim.ageGroupCode === "unknown" ? null : victim.ageGroupCode);
      add(tallies.byNationality, victim.nationalityCode);
      if (theCase.exploitationForms.length === 0) add(tallies.byExploitationForm, null);
      for (const form of theCase.exploitationForms) add(tallies.byExploitationForm, form);
      if (destinations.length === 0) add(tallies.byDestinationCountry, null);
      for (const country of destinations) add(tallies.byDestinationCountry, country);
    }
  }
  const counts = (tally: Map<string | null, number>, order: "value" | "count"): ImportCounts =>
    [...tally]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        // Unknown last; years in order, everything else most frequent first.
        a.value === null
          ? 1
          : b.value === null
            ? -1
            : order === "value"
              ? a.value.localeCompare(b.value)
              : b.count - a.count || a.value.localeCompare(b.value),
      );
  return {
    cases: groups.length,
    victims,
    byYear: counts(tallies.byYear, "value"),
    bySex: counts(tallies.bySex, "count"),
    byChildStatus: counts(tallies.byChildStatus, "count"),
    byAgeGroup: counts(tallies.byAgeGroup, "count"),
    byNationality: counts(tallies.byNationality, "count"),
    byExploitationForm: counts(tallies.byExploitationForm, "count"),
    byDestinationCountry: counts(tallies.byDestinationCountry, "count"),
  };
}
