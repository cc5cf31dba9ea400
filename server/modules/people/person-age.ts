/** Age group codes of the age_group vocabulary, by lower bound. */
const ageGroups: [number, string][] = [
  [60, "age_60_plus"],
  [45, "age_45_59"],
  [25, "age_25_44"],
  [18, "age_18_24"],
  [13, "age_13_17"],
  [6, "age_6_12"],
  [0, "age_0_5"],
];

export type AgeFacts = { age: number | null; isChild: boolean | null; ageGroupCode: string };

/** Whole years from a birth date to a date (both YYYY-MM-DD). */
export function yearsBetween(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * A person's age when exploited, and whether they were a child (under 18, UU 21/2007): from
 * the birth date when known, else the age recorded, else the birth year (which leaves the
 * year of the 18th birthday undecided: then "child" stays unknown rather than guessed).
 */
export function ageFacts(
  exploitedOn: string,
  known: { birthDate?: string | null; ageAtExploitation?: number | null; birthYear?: number | null },
): AgeFacts {
  if (known.birthDate) return withAge(yearsBetween(known.birthDate, exploitedOn));
  if (known.ageAtExploitation !== null && known.ageAtExploitation !== undefined) {
    return withAge(known.ageAtExploitation);
  }
  if (known.birthYear) {
    const age = Number(exploitedOn.slice(0, 4)) - known.birthYear;
    if (age === 18) return { age: null, isChild: null, ageGroupCode: "unknown" };
    // The age is one of age-1 or age; both fall in the same group except at group bounds.
    const group = groupOf(age - 1) === groupOf(age) ? groupOf(age) : "unknown";
    return { age: null, isChild: age < 18, ageGroupCode: group };
  }
  return { age: null, isChild: null, ageGroupCode: "unknown" };
}

function withAge(age: number): AgeFacts {
  if (age < 0) return { age: null, isChild: null, ageGroupCode: "unknown" };
  return { age, isChild: age < 18, ageGroupCode: groupOf(age) };
}

function groupOf(age: number): string {
  return ageGroups.find(([floor]) => age >= floor)?.[1] ?? "unknown";
}
