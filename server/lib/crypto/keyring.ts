import { hkdfSync, randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * The data keys that protect victims' identity fields. Every key has an id that travels with
 * each ciphertext, so a new key can become active while values sealed under older keys stay
 * readable until they are re-encrypted. The index key is separate and never rotates with
 * them: changing it would orphan every stored blind index.
 */
export type Keyring = { activeKeyId: string; keys: Map<string, Buffer>; indexKey: Buffer };

const KEY_BYTES = 32;
// Key ids end up inside ciphertext tokens separated by ".", so they must stay plain ASCII.
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const GENERATE_HINT = "generate one with: openssl rand -base64 32";
const INDEX_KEY_INFO = "gugus-blind-index";
const KEYRING_FILE_NAME = "keys.json";
const KEYRING_FILE_VERSION = 1;

type KeyringFile = { version: number; active: string; keys: Record<string, string>; index: string };

/**
 * Parses `GUGUS_DATA_KEY` (`id:base64,id:base64,…`, the first entry active) and the optional
 * `GUGUS_INDEX_KEY`. Without an index key it is derived from the first data key, so an
 * operator who rotates by putting a new key first must pin GUGUS_INDEX_KEY beforehand.
 */
export function parseKeyringEnv(value: string, indexKeyB64?: string): Keyring {
  if (value.trim() === "") {
    throw new Error(
      `GUGUS_DATA_KEY is empty: expected comma-separated id:base64 entries, e.g. k1:<key> (${GENERATE_HINT})`,
    );
  }
  const keys = new Map<string, Buffer>();
  value.split(",").forEach((rawEntry, index) => {
    const where = `GUGUS_DATA_KEY entry ${index + 1}`;
    const entry = rawEntry.trim();
    if (entry === "") throw new Error(`${where} is empty: remove the stray comma`);
    const separator = entry.indexOf(":");
    // Security: error messages never echo an entry, since a malformed one may be a bare key.
    if (separator < 0) throw new Error(`${where} has no key id: write it as id:base64, e.g. k1:<key>`);
    const id = entry.slice(0, separator).trim();
    if (!KEY_ID_PATTERN.test(id)) {
      throw new Error(`${where} has an invalid key id: use 1–32 letters, digits, "_" or "-" (e.g. k1)`);
    }
    if (keys.has(id)) throw new Error(`${where} repeats key id "${id}": every key needs its own id`);
    keys.set(id, decodeKey(entry.slice(separator + 1), `${where} (id "${id}")`));
  });
  const [activeKeyId, activeKey] = [...keys][0]!;
  // An empty variable (common in compose files) means "not set", like an absent one.
  const indexKey =
    indexKeyB64 !== undefined && indexKeyB64.trim() !== ""
      ? decodeKey(indexKeyB64, "GUGUS_INDEX_KEY")
      : deriveIndexKey(activeKey);
  return { activeKeyId, keys, indexKey };
}

/**
 * Reads `<dir>/keys.json`, or creates it with a fresh key (mode 0600) when it is missing.
 * Refuses a file that group or others could read: it unlocks every victim's identity.
 */
export async function loadOrCreateKeyringFile(
  dir: string,
): Promise<{ keyring: Keyring; created: boolean; path: string }> {
  const filePath = path.join(dir, KEYRING_FILE_NAME);
  const existing = await readKeyringFile(filePath);
  if (existing) return { keyring: existing, created: false, path: filePath };

  await mkdir(dir, { recursive: true, mode: 0o700 });
  const keyring: Keyring = {
    activeKeyId: "k1",
    keys: new Map([["k1", randomBytes(KEY_BYTES)]]),
    indexKey: randomBytes(KEY_BYTES),
  };
  const temp = await writePrivateTempFile(dir, serialiseKeyring(keyring));
  try {
    // link() refuses to replace an existing file, so two processes starting at once cannot
    // each write a different key and have one silently lose data sealed under it.
    await link(temp, filePath);
  } catch (error) {
    if (!isErrnoCode(error, "EEXIST")) throw error;
    const winner = await readKeyringFile(filePath);
    if (!winner) throw new Error(`${filePath} vanished while it was being created; start again`);
    return { keyring: winner, created: false, path: filePath };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dir);
  return { keyring, created: true, path: filePath };
}

/**
 * Adds a new data key (next id: k2, k3, …) to a keyring file and makes it active, keeping the
 * older keys so existing values still decrypt. The file is replaced atomically.
 */
export async function addKeyToKeyringFile(filePath: string): Promise<Keyring> {
  const lockPath = `${filePath}.lock`;
  // Two rotations racing would each write a key the other drops; data sealed under the
  // dropped key would be lost for good, so rotations take an exclusive lock file.
  const lock = await open(lockPath, "wx", 0o600).catch((error: unknown) => {
    if (!isErrnoCode(error, "EEXIST")) throw error;
    throw new Error(
      `Another key rotation holds ${lockPath}. If none is running (an earlier one crashed), delete that file and retry.`,
    );
  });
  try {
    const current = await readKeyringFile(filePath);
    if (!current) throw new Error(`No keyring file at ${filePath}: start the server once to create it`);
    const nextId = nextKeyId(current.keys);
    const keys = new Map(current.keys);
    keys.set(nextId, randomBytes(KEY_BYTES));
    const keyring: Keyring = { activeKeyId: nextId, keys, indexKey: current.indexKey };

    const dir = path.dirname(filePath);
    const temp = await writePrivateTempFile(dir, serialiseKeyring(keyring));
    try {
      await rename(temp, filePath);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dir);
    return keyring;
  } finally {
    await lock.close();
    await unlink(lockPath).catch(() => undefined);
  }
}

function decodeKey(encoded: string, where: string): Buffer {
  const trimmed = encoded.trim();
  if (trimmed === "" || !BASE64_PATTERN.test(trimmed)) {
    throw new Error(`${where}: the key is not valid base64 (${GENERATE_HINT})`);
  }
  const key = Buffer.from(trimmed, "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(`${where}: the key is ${key.length} bytes, expected ${KEY_BYTES} (${GENERATE_HINT})`);
  }
  return key;
}

function deriveIndexKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", dataKey, Buffer.alloc(0), INDEX_KEY_INFO, KEY_BYTES));
}

function nextKeyId(keys: Map<string, Buffer>): string {
  let highest = 0;
  for (const id of keys.keys()) {
    const match = /^k(\d+)$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `k${highest + 1}`;
}

/** Returns null when the file does not exist; throws when it is unsafe or malformed. */
async function readKeyringFile(filePath: string): Promise<Keyring | null> {
  const handle = await open(filePath, "r").catch((error: unknown) => {
    if (isErrnoCode(error, "ENOENT")) return null;
    throw error;
  });
  if (!handle) return null;
  try {
    // fstat on the open handle checks the very file we read, not whatever the path points to later.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${filePath} is not a regular file`);
    // Windows has no POSIX mode bits to check; its ACLs are the operator's responsibility.
    if (process.platform !== "win32" && (stats.mode & 0o077) !== 0) {
      const mode = (stats.mode & 0o777).toString(8).padStart(3, "0");
      throw new Error(
        `${filePath} is accessible to group or others (mode ${mode}) and holds the keys to victims' data. ` +
          `Fix it with: chmod 600 ${filePath}`,
      );
    }
    return parseKeyringFile(await handle.readFile("utf8"), filePath);
  } finally {
    await handle.close();
  }
}

function parseKeyringFile(text: string, filePath: string): Keyring {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${filePath} is not valid JSON; restore it from a backup`);
  }
  if (!isKeyringFileShape(data)) {
    throw new Error(`${filePath} is not a Gugus keyring (expected version, active, keys and index)`);
  }
  if (data.version !== KEYRING_FILE_VERSION) {
    throw new Error(
      `${filePath} has version ${data.version}; this Gugus reads version ${KEYRING_FILE_VERSION}`,
    );
  }
  const keys = new Map<string, Buffer>();
  for (const [id, encoded] of Object.entries(data.keys)) {
    if (!KEY_ID_PATTERN.test(id)) throw new Error(`${filePath} has an invalid key id "${id}"`);
    keys.set(id, decodeKey(encoded, `${filePath}, key "${id}"`));
  }
  if (!keys.has(data.active))
    throw new Error(`${filePath} names active key "${data.active}" but does not hold it`);
  return { activeKeyId: data.active, keys, indexKey: decodeKey(data.index, `${filePath}, index key`) };
}

function isKeyringFileShape(data: unknown): data is KeyringFile {
  if (typeof data !== "object" || data === null) return false;
  const record = data as Record<string, unknown>;
  const keys = record.keys;
  return (
    typeof record.version === "number" &&
    typeof record.active === "string" &&
    typeof record.index === "string" &&
    typeof keys === "object" &&
    keys !== null &&
    Object.values(keys).every((value) => typeof value === "string")
  );
}

function serialiseKeyring(keyring: Keyring): string {
  const file: KeyringFile = {
    version: KEYRING_FILE_VERSION,
    active: keyring.activeKeyId,
    keys: Object.fromEntries([...keyring.keys].map(([id, key]) => [id, key.toString("base64")])),
    index: keyring.indexKey.toString("base64"),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Writes content to a new 0600 file beside the target and flushes it to disk. */
async function writePrivateTempFile(dir: string, content: string): Promise<string> {
  const temp = path.join(dir, `.${KEYRING_FILE_NAME}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(content, "utf8");
    // A new key must be on disk before anything is encrypted under it, or a crash loses data.
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Makes a rename or link durable; best effort where directories cannot be opened (Windows). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself has still happened.
  } finally {
    await handle.close();
  }
}

function isErrnoCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
