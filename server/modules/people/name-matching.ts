import { normaliseForIndex } from "../../lib/crypto/blind-index.ts";

/**
 * Indonesian names are spelt many ways: Muhammad, Muhamad, Moh., M.; the old spelling
 * (Djoko, Soetomo, Tjahjo) next to the new (Joko, Sutomo, Cahyo); a family name or "binti"
 * clause present on one form and missing on another. Names are reduced to canonical tokens
 * here, before they are blind-indexed, so two spellings of one name share tokens.
 */

// Spellings of one given name that clerks use interchangeably.
const variants: Record<string, string> = {};
for (const [canonical, spellings] of Object.entries({
  muhammad: "muhamad muhammed mohammad mohamad mohammed mohamed muhamed moh mohd muh mhd md m",
  abdul: "abd abdl",
  nur: "noor nurul",
  siti: "sitti st",
  ahmad: "achmad ahmed akhmad achmat ahmat",
  yusuf: "jusuf yusup josef",
  nurhayati: "nurhayatie",
}))
  for (const spelling of [canonical, ...spellings.split(" ")]) variants[spelling] = canonical;

// Words that join names rather than name anyone: "bin", "binti" (son/daughter of), titles.
const connectors = new Set([
  "bin",
  "binti",
  "bt",
  "bte",
  "alias",
  "als",
  "dan",
  "hj",
  "haji",
  "h",
  "dr",
  "ir",
]);

/** Very frequent given names: a match on one of these alone says little. */
export const commonNameTokens: ReadonlySet<string> = new Set([
  "muhammad",
  "siti",
  "nur",
  "sri",
  "dewi",
  "abdul",
  "ahmad",
  "putri",
  "agus",
  "budi",
  "eka",
  "dwi",
  "tri",
  "rina",
  "wati",
  "indah",
]);

/** Old (pre-1972) spelling and common phonetic slips, folded into one form. */
function phonetic(token: string): string {
  return (
    token
      .replace(/oe/g, "u")
      .replace(/dj/g, "j")
      .replace(/tj/g, "c")
      .replace(/sj/g, "sy")
      // Old j is new y (Jusuf = Yusuf); with dj already j, every j is folded to y.
      .replace(/j/g, "y")
      .replace(/ch/g, "kh")
      .replace(/ph/g, "f")
      .replace(/dh/g, "d")
      .replace(/th/g, "t")
      // Doubled letters are spelling noise (Muhammad/Muhamad, Ratna/Rattna).
      .replace(/(.)\1+/g, "$1")
      // A final h or ie/y comes and goes (Fatimah/Fatima, Yanti/Yantie/Yanty).
      .replace(/h$/, "")
      .replace(/(ie|y)$/, "i")
  );
}

/** The canonical tokens of a name, in order, without duplicates. Empty for a name of only connectors. */
export function nameTokens(name: string): string[] {
  let normalised: string;
  try {
    normalised = normaliseForIndex("name", name);
  } catch {
    return [];
  }
  const tokens: string[] = [];
  for (const raw of normalised.split(" ")) {
    if (connectors.has(raw)) continue;
    const token = variants[raw] ?? phonetic(raw);
    if (token.length < 2 && !variants[raw]) continue;
    if (!tokens.includes(token)) tokens.push(token);
  }
  return tokens;
}

const weight = (token: string) => (commonNameTokens.has(token) ? 0.3 : 1);

/**
 * How alike two token lists are, 0..1: the weight of the shared tokens over the weight of the
 * shorter name, so a name missing its family part still matches in full. Works on token
 * indexes too (`weigh` tells which are common), since the database only holds those.
 */
export function nameSimilarity<T>(a: readonly T[], b: readonly T[], weigh: (token: T) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((t) => b.includes(t));
  const total = (list: readonly T[]) => list.reduce((sum, t) => sum + weigh(t), 0);
  return total(shared) / Math.min(total(a), total(b));
}

export const tokenWeight = weight;
