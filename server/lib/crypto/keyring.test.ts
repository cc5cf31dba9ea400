import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decryptField, encryptField } from "./field-encryption.ts";
import { addKeyToKeyringFile, loadOrCreateKeyringFile, parseKeyringEnv } from "./keyring.ts";

const key = () => randomBytes(32).toString("base64");
const posixOnly = process.platform !== "win32";

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the action to throw");
}

describe("parseKeyringEnv", () => {
  it("makes the first entry the active key and keeps the others for decryption", () => {
    const k2 = key();
    const k1 = key();
    const keyring = parseKeyringEnv(`k2:${k2}, k1:${k1}`);
    expect(keyring.activeKeyId).toBe("k2");
    expect([...keyring.keys.keys()]).toEqual(["k2", "k1"]);
    expect(keyring.keys.get("k1")?.toString("base64")).toBe(k1);
  });

  it("derives the same 32-byte index key from the same first key every time", () => {
    const k1 = key();
    const first = parseKeyringEnv(`k1:${k1}`);
    const second = parseKeyringEnv(`k1:${k1}`);
    expect(first.indexKey).toHaveLength(32);
    expect(first.indexKey.equals(second.indexKey)).toBe(true);
    expect(first.indexKey.equals(first.keys.get("k1")!)).toBe(false);
  });

  it("uses the given index key instead of deriving one", () => {
    const index = key();
    const keyring = parseKeyringEnv(`k1:${key()}`, index);
    expect(keyring.indexKey.toString("base64")).toBe(index);
  });

  it("treats an empty index key variable as unset", () => {
    const k1 = key();
    expect(parseKeyringEnv(`k1:${k1}`, "").indexKey.equals(parseKeyringEnv(`k1:${k1}`).indexKey)).toBe(true);
  });

  it("names a key of the wrong length, and its size", () => {
    const short = randomBytes(16).toString("base64");
    expect(() => parseKeyringEnv(`k1:${short}`)).toThrow(/entry 1 \(id "k1"\).*16 bytes, expected 32/);
  });

  it("names a key that is not base64 without quoting it", () => {
    const bad = `${key().slice(0, 40)}!!!`;
    const message = messageOf(() => parseKeyringEnv(`k1:${key()},k2:${bad}`));
    expect(message).toMatch(/entry 2 \(id "k2"\).*not valid base64/);
    expect(message).not.toContain(bad);
  });

  it("refuses a repeated key id", () => {
    expect(() => parseKeyringEnv(`k1:${key()},k1:${key()}`)).toThrow(/repeats key id "k1"/);
  });

  it("refuses an entry without an id and does not echo the key", () => {
    const bare = key();
    const message = messageOf(() => parseKeyringEnv(bare));
    expect(message).toMatch(/entry 1 has no key id/);
    expect(message).not.toContain(bare);
  });

  it("refuses an empty value and a stray comma", () => {
    expect(() => parseKeyringEnv("  ")).toThrow(/GUGUS_DATA_KEY is empty/);
    expect(() => parseKeyringEnv(`k1:${key()},`)).toThrow(/entry 2 is empty/);
  });

  it("refuses a key id that could not travel inside a token", () => {
    expect(() => parseKeyringEnv(`k.1:${key()}`)).toThrow(/invalid key id/);
  });

  it("names a bad index key", () => {
    expect(() => parseKeyringEnv(`k1:${key()}`, randomBytes(8).toString("base64"))).toThrow(
      /GUGUS_INDEX_KEY.*8 bytes, expected 32/,
    );
  });
});

describe("keyring file", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "gugus-keyring-"));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates keys.json in a new nested folder on first use", async () => {
    const target = path.join(dir, "data", "nested");
    const result = await loadOrCreateKeyringFile(target);
    expect(result.created).toBe(true);
    expect(result.path).toBe(path.join(target, "keys.json"));
    expect(result.keyring.activeKeyId).toBe("k1");
    expect(result.keyring.keys.get("k1")).toHaveLength(32);
    expect(result.keyring.indexKey).toHaveLength(32);

    const file = JSON.parse(await readFile(result.path, "utf8"));
    expect(file).toEqual({
      version: 1,
      active: "k1",
      keys: { k1: result.keyring.keys.get("k1")!.toString("base64") },
      index: result.keyring.indexKey.toString("base64"),
    });
  });

  it.runIf(posixOnly)("writes the file readable by its owner only (mode 0600)", async () => {
    const { path: filePath } = await loadOrCreateKeyringFile(dir);
    expect((await stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it("loads the same keys on the next start instead of creating new ones", async () => {
    const first = await loadOrCreateKeyringFile(dir);
    const second = await loadOrCreateKeyringFile(dir);
    expect(second.created).toBe(false);
    expect(second.keyring.keys.get("k1")!.equals(first.keyring.keys.get("k1")!)).toBe(true);
    expect(second.keyring.indexKey.equals(first.keyring.indexKey)).toBe(true);
  });

  it("gives two simultaneous first starts one and the same key", async () => {
    const [a, b] = await Promise.all([loadOrCreateKeyringFile(dir), loadOrCreateKeyringFile(dir)]);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(a.keyring.keys.get("k1")!.equals(b.keyring.keys.get("k1")!)).toBe(true);
    expect(await readdir(dir)).toEqual(["keys.json"]);
  });

  it.runIf(posixOnly)("refuses a key file that others can read and says how to fix it", async () => {
    const { path: filePath } = await loadOrCreateKeyringFile(dir);
    await chmod(filePath, 0o644);
    await expect(loadOrCreateKeyringFile(dir)).rejects.toThrow(/mode 644.*chmod 600/);
    await chmod(filePath, 0o600);
    await expect(loadOrCreateKeyringFile(dir)).resolves.toMatchObject({ created: false });
  });

  it("refuses a key file that is not valid JSON", async () => {
    await writeFile(path.join(dir, "keys.json"), "{ not json", { mode: 0o600 });
    await expect(loadOrCreateKeyringFile(dir)).rejects.toThrow(/not valid JSON/);
  });

  it("refuses a key file whose active key is missing", async () => {
    const file = { version: 1, active: "k2", keys: { k1: key() }, index: key() };
    await writeFile(path.join(dir, "keys.json"), JSON.stringify(file), { mode: 0o600 });
    await expect(loadOrCreateKeyringFile(dir)).rejects.toThrow(/active key "k2" but does not hold it/);
  });

  it("adds k2 as the active key, keeps k1 and the index key, and stays 0600", async () => {
    const { keyring: before, path: filePath } = await loadOrCreateKeyringFile(dir);
    const after = await addKeyToKeyringFile(filePath);
    expect(after.activeKeyId).toBe("k2");
    expect(after.keys.get("k1")!.equals(before.keys.get("k1")!)).toBe(true);
    expect(after.keys.get("k2")).toHaveLength(32);
    expect(after.indexKey.equals(before.indexKey)).toBe(true);
    if (posixOnly) expect((await stat(filePath)).mode & 0o777).toBe(0o600);

    const reloaded = await loadOrCreateKeyringFile(dir);
    expect(reloaded.keyring.activeKeyId).toBe("k2");
    expect([...reloaded.keyring.keys.keys()]).toEqual(["k1", "k2"]);
    expect(await readdir(dir)).toEqual(["keys.json"]);
  });

  it("numbers further keys k3, k4 and still decrypts what k1 sealed", async () => {
    const { keyring: original, path: filePath } = await loadOrCreateKeyringFile(dir);
    const token = encryptField(original, "3171010101900001", "people.nik:p1");
    await addKeyToKeyringFile(filePath);
    await addKeyToKeyringFile(filePath);
    const latest = await addKeyToKeyringFile(filePath);
    expect(latest.activeKeyId).toBe("k4");
    expect(decryptField(latest, token, "people.nik:p1")).toBe("3171010101900001");
  });

  it("refuses to rotate while another rotation holds the lock", async () => {
    const { path: filePath } = await loadOrCreateKeyringFile(dir);
    await writeFile(`${filePath}.lock`, "");
    await expect(addKeyToKeyringFile(filePath)).rejects.toThrow(
      /Another key rotation holds .*keys\.json\.lock/,
    );
  });

  it("refuses to rotate a keyring file that does not exist", async () => {
    await expect(addKeyToKeyringFile(path.join(dir, "keys.json"))).rejects.toThrow(/No keyring file/);
    expect(await readdir(dir)).toEqual([]);
  });
});
