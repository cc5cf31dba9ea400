// 40 random bits per code: a collision is rare, five in a row means something else is wrong.
const ATTEMPTS = 5;

/**
 * Writes a row under a freshly drawn random code (a tracking code, a report code), drawing again
 * on the rare collision. `insert` must skip a taken code with ON CONFLICT DO NOTHING and answer
 * undefined: a unique violation would abort the caller's whole transaction.
 */
export async function insertWithFreshCode<T>(
  what: string,
  draw: () => string,
  insert: (code: string) => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = await insert(draw());
    if (row !== undefined) return row;
  }
  throw new Error(`No free ${what} after ${ATTEMPTS} attempts`);
}
