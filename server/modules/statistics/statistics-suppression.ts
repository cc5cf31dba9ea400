/**
 * Small-cell suppression with complementary suppression, proved by construction.
 *
 * The published figures of one year are cells: sums of the counts of "atoms", the groups of
 * records that share every published characteristic (e.g. female adult victims whose case has
 * exactly the exploitation types {ForcedLabour, SexualExploitation}). A cell from 1 to
 * threshold − 1 is suppressed (primary). An attacker who knows every published cell knows every
 * linear combination of them; a count is safe when no such combination equals it, i.e. when some
 * change of the atom counts (a "witness") leaves every published cell as it is and changes it.
 *
 * Two kinds of count are kept safe: every suppressed cell, and every atom under the threshold.
 * Atoms matter because a victim counts under each of their types: the cells ForcedLabour,
 * SexualExploitation and the total of a row would otherwise give, by inclusion–exclusion, the
 * small number of victims who suffered both, although no cell shows it.
 *
 * For each small count not yet covered, the cheapest witness among small hypercubes of atoms
 * (+1/−1 at the corners of a 1-, 2- or 3-dimensional box, the classic hypercube method), pairs of
 * any two atoms (one more, the other fewer: the total stays) and, as the last resort, a single
 * atom is chosen, and every published cell it changes is suppressed too
 * (complementary suppression). Suppressing more never breaks an earlier witness, so at the end
 * every suppressed cell and every small atom has a witness that no published cell sees: none can
 * be worked out by adding and subtracting published figures. A witness is only taken when one
 * step along it keeps every count possible (suppressed cells at least 1, atoms at least 0), so
 * knowing that counts are whole and not negative does not pin a count down either. Witnesses
 * only move atoms that exist, as if the attacker even knew which combinations never occur.
 */

export type Atom = {
  /** The atom's value in each component (e.g. sex, child status, its set of types), as text. */
  readonly components: readonly string[];
  readonly n: number;
  /** Keys of every cell the atom counts in. */
  readonly cells: readonly string[];
};

export type Witness = ReadonlyMap<number, number>;

export type Protection = {
  /** Each cell with a count, by key. */
  values: Map<string, number>;
  suppressed: Set<string>;
  /** The witness of each applied step: atom index → change of its count. */
  witnesses: Witness[];
};

/** A count to keep safe: a cell, or one atom. */
type Target = { cell: string } | { atom: number };
type Candidate = { witness: Map<number, number>; changed: string[]; cost: number };

const componentsKey = (components: readonly string[]) => components.join("\u0000");

/** Every non-empty subset of 0..k−1, smallest first: a witness over fewer components changes fewer cells. */
function subsets(k: number): number[][] {
  const all: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) {
    all.push([...Array(k).keys()].filter((i) => mask & (1 << i)));
  }
  return all.sort((a, b) => a.length - b.length);
}

/**
 * Works out which cells to suppress. `weight` prices hiding a published cell (e.g. its count,
 * far more for a total than for a detailed cell): the cheapest witness wins.
 */
export function protectCells(
  atoms: readonly Atom[],
  threshold: number,
  weight: (key: string, value: number) => number,
): Protection {
  const values = new Map<string, number>();
  const atomsOfCell = new Map<string, number[]>();
  for (const [i, atom] of atoms.entries()) {
    for (const cell of atom.cells) {
      values.set(cell, (values.get(cell) ?? 0) + atom.n);
      const list = atomsOfCell.get(cell);
      if (list) list.push(i);
      else atomsOfCell.set(cell, [i]);
    }
  }
  const suppressed = new Set<string>();
  for (const [key, value] of values) if (value > 0 && value < threshold) suppressed.add(key);
  const witnesses: Witness[] = [];
  const coveredCells = new Set<string>();
  const coveredAtoms = new Set<number>();

  const byComponents = new Map(atoms.map((a, i) => [componentsKey(a.components), i]));
  const width = atoms[0]?.components.length ?? 0;
  const alternatives = [...Array(width).keys()].map((c) =>
    [...new Set(atoms.map((a) => a.components[c]!))].sort(),
  );
  const shapes = subsets(width);

  /** The cells a witness changes, and by how much. */
  const changedBy = (witness: Map<number, number>) => {
    const sums = new Map<string, number>();
    for (const [atom, change] of witness) {
      for (const cell of atoms[atom]!.cells) sums.set(cell, (sums.get(cell) ?? 0) + change);
    }
    return [...sums].filter(([, sum]) => sum !== 0);
  };
  /**
   * Whether one step along the witness, one way or the other, gives counts an attacker cannot
   * rule out: every changed cell stays at least 1 (a suppressed row shows it is not 0) and
   * every atom at least 0. Otherwise a suppressed 1 beside another suppressed 1, whose sum is
   * published as 2, would be known although no subtraction gives it.
   */
  const stepPossible = (witness: Map<number, number>, changes: [string, number][]) =>
    [1, -1].some(
      (k) =>
        changes.every(([cell, by]) => values.get(cell)! + k * by >= 1) &&
        [...witness].every(([atom, by]) => atoms[atom]!.n + k * by >= 0),
    );
  const priced = (witness: Map<number, number>, target: Target): Candidate | null => {
    const changes = changedBy(witness);
    const changed = changes.map(([cell]) => cell);
    if ("cell" in target ? !changed.includes(target.cell) : !witness.get(target.atom)) return null;
    if (!stepPossible(witness, changes)) return null;
    let cost = 0;
    for (const cell of changed) if (!suppressed.has(cell)) cost += weight(cell, values.get(cell)!);
    return { witness, changed, cost };
  };
  /** The corners of the box from `base` to `other` along `shape`, if every corner is an atom. */
  const box = (base: readonly string[], shape: number[], other: string[]) => {
    const witness = new Map<number, number>();
    for (let mask = 0; mask < 1 << shape.length; mask++) {
      const corner = [...base];
      let sign = 1;
      for (const [j, component] of shape.entries()) {
        if (mask & (1 << j)) {
          corner[component] = other[j]!;
          sign = -sign;
        }
      }
      const atom = byComponents.get(componentsKey(corner));
      if (atom === undefined) return null;
      witness.set(atom, sign);
    }
    return witness;
  };
  const cheapestWitness = (target: Target): Candidate => {
    let best: Candidate | null = null;
    const bases = "cell" in target ? atomsOfCell.get(target.cell)! : [target.atom];
    for (const base of bases) {
      const components = atoms[base]!.components;
      // Last resort, always possible (one more of it breaks no bound): the atom alone, which
      // changes every cell it is in.
      const single = priced(new Map([[base, 1]]), target)!;
      if (!best || single.cost < best.cost) best = single;
      // Any two atoms: one more, the other fewer, leaves every cell holding both (the total) as it is.
      for (const [other] of atoms.entries()) {
        if (other === base || best.cost === 0) continue;
        const candidate = priced(
          new Map([
            [base, 1],
            [other, -1],
          ]),
          target,
        );
        if (candidate && candidate.cost < best.cost) best = candidate;
      }
      for (const shape of shapes) {
        const choices = shape.map((c) => alternatives[c]!.filter((v) => v !== components[c]));
        const other: string[] = [];
        const walk = (depth: number): void => {
          if (best!.cost === 0) return;
          if (depth === shape.length) {
            const witness = box(components, shape, other);
            const candidate = witness && priced(witness, target);
            if (candidate && candidate.cost < best!.cost) best = candidate;
            return;
          }
          for (const value of choices[depth]!) {
            other[depth] = value;
            walk(depth + 1);
          }
        };
        walk(0);
      }
      if (best.cost === 0) break;
    }
    return best!;
  };
  const apply = (step: Candidate) => {
    witnesses.push(step.witness);
    for (const cell of step.changed) {
      suppressed.add(cell);
      coveredCells.add(cell);
    }
    for (const [atom, change] of step.witness) if (change !== 0) coveredAtoms.add(atom);
  };

  // The least detailed cells first: their witnesses are the hardest to find and often cover the rest.
  const primary = [...suppressed].sort(
    (a, b) => weight(b, 1) - weight(a, 1) || values.get(a)! - values.get(b)! || (a < b ? -1 : 1),
  );
  for (const cell of primary) if (!coveredCells.has(cell)) apply(cheapestWitness({ cell }));
  for (const [atom, { n }] of atoms.entries()) {
    if (n < threshold && !coveredAtoms.has(atom)) apply(cheapestWitness({ atom }));
  }
  return { values, suppressed, witnesses };
}
