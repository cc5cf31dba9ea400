/**
 * k-anonymity by local suppression, as CTDC describes its dataset (codebook v7, section 1): no
 * combination of quasi-identifier values may describe fewer than k people. Values are blanked
 * (an empty cell, which counts as a value of its own) rather than rows removed, so the counts of
 * victims stay true; only where even blanking everything leaves a group too small are its rows
 * withheld.
 *
 * Each row is an array of quasi-identifier values. `fixed` columns are never blanked (the year of
 * registration: a CTDC row without one is not a row), so groups never cross them.
 * `suppressionOrder` lists the other columns from the first to give up to the last.
 */
export type KAnonymityResult = {
  /** Rows whose fixed values alone occur fewer than k times: they cannot be published. */
  withheld: ReadonlySet<number>;
  /** How many values were blanked. */
  suppressedValues: number;
};

const SEP = "\u0001";

export function kAnonymise(
  rows: string[][],
  k: number,
  fixed: readonly number[],
  suppressionOrder: readonly number[],
): KAnonymityResult {
  let suppressedValues = 0;
  const withheld = new Set<number>();
  const keyOf = (row: string[]) => row.join(SEP);
  const blank = (row: string[], column: number) => {
    if (row[column] !== "") {
      row[column] = "";
      suppressedValues++;
    }
  };
  const groups = () => {
    const byKey = new Map<string, number[]>();
    rows.forEach((row, i) => {
      if (withheld.has(i)) return;
      const key = keyOf(row);
      const members = byKey.get(key);
      if (members) members.push(i);
      else byKey.set(key, [i]);
    });
    return byKey;
  };

  // Step by step, from the least useful column on: the rows of every group still smaller than k
  // lose that column's value, which merges them into larger groups (never splits one).
  for (const column of suppressionOrder) {
    for (const members of groups().values()) {
      if (members.length < k) for (const i of members) blank(rows[i]!, column);
    }
  }

  // What is still too small now has every suppressible value blank: the group of its fixed values
  // with nothing else. Fill it from the other groups sharing those fixed values (each of them at
  // least k by now), or withhold it when there is nothing to fill it from.
  const fixedKey = (row: string[]) => fixed.map((c) => row[c]).join(SEP);
  for (;;) {
    const all = groups();
    const small = [...all.values()].find((members) => members.length < k);
    if (!small) break;
    const key = fixedKey(rows[small[0]!]!);
    const donors = [...all.values()]
      .filter((members) => members !== small && fixedKey(rows[members[0]!]!) === key)
      .sort((a, b) => b.length - a.length);
    if (donors.length === 0) {
      for (const i of small) withheld.add(i);
      continue;
    }
    // A few rows of a group that can spare them; else the smallest whole group (the least lost).
    const need = k - small.length;
    const largest = donors[0]!;
    const moved = largest.length - need >= k ? largest.slice(largest.length - need) : donors.at(-1)!;
    for (const i of moved) for (const column of suppressionOrder) blank(rows[i]!, column);
  }
  return { withheld, suppressedValues };
}
