/**
 * The public form's proof of work: before a complaint is accepted, the sender's device finds a
 * nonce such that SHA-256(`${challengeId}:${nonce}`) starts with `difficulty` zero bits. A person
 * waits a few seconds once; a script posting thousands of complaints pays that per complaint.
 * Pure and dependency-free: the browser solves with Web Crypto, the server checks with node:crypto.
 */

/** The text that is hashed for one attempt. */
export function proofOfWorkInput(challengeId: string, nonce: string): string {
  return `${challengeId}:${nonce}`;
}

/** True when the hash begins with at least `bits` zero bits. */
export function hasLeadingZeroBits(hash: Uint8Array, bits: number): boolean {
  if (bits > hash.length * 8) return false;
  const wholeBytes = Math.floor(bits / 8);
  for (let i = 0; i < wholeBytes; i++) if (hash[i] !== 0) return false;
  const rest = bits % 8;
  if (rest === 0) return true;
  // The top `rest` bits of the next byte must be zero.
  return hash[wholeBytes]! >> (8 - rest) === 0;
}

// Hashes are requested in batches: one promise round trip per attempt would dominate the cost.
const BATCH = 256;

/**
 * Finds a nonce for the challenge with Web Crypto (`globalThis.crypto.subtle`, in browsers and
 * Node 20). Expected work is 2^difficulty hashes. Pass a signal to give up (e.g. the page closed).
 */
export async function solveChallenge(
  challengeId: string,
  difficulty: number,
  options: { signal?: AbortSignal } = {},
): Promise<string> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += BATCH) {
    options.signal?.throwIfAborted();
    const nonces = Array.from({ length: BATCH }, (_, i) => (start + i).toString(36));
    const hashes = await Promise.all(
      nonces.map((nonce) =>
        globalThis.crypto.subtle.digest("SHA-256", encoder.encode(proofOfWorkInput(challengeId, nonce))),
      ),
    );
    const found = hashes.findIndex((hash) => hasLeadingZeroBits(new Uint8Array(hash), difficulty));
    if (found >= 0) return nonces[found]!;
  }
}
