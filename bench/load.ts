import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  tool: string;
};
export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** A JSON body: the request is then a POST. */
  body?: unknown;
};

function hasWrk(): boolean {
  return spawnSync("wrk", ["--version"]).error === undefined;
}

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "s" ? n * 1000 : n;
}

/** wrk: one thread, so the load generator takes one of the two cores and the server the other. */
async function runWrk(o: LoadOptions): Promise<LoadResult> {
  const args = ["-t1", `-c${o.connections}`, `-d${o.seconds}s`, "--latency", "--timeout", "5s"];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push("-H", `${k}: ${v}`);
  if (o.body !== undefined) {
    // wrk sends a body only from a Lua script; the JSON is written as a Lua long string.
    const script = join(mkdtempSync(join(tmpdir(), "gugus-wrk-")), "post.lua");
    writeFileSync(script, `wrk.method = "POST"\nwrk.body = [==[${JSON.stringify(o.body)}]==]\n`);
    args.push("-H", "content-type: application/json", "-s", script);
  }
  const { stdout: out } = await promisify(execFile)("wrk", [...args, o.url], { encoding: "utf8" });
  const pct = (p: string) => toMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(out)?.[1] ?? "");
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requestsPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN),
    p50Ms: pct("50"),
    p99Ms: pct("99"),
    errors: errors ? errors.slice(1).reduce((n, x) => n + Number(x), 0) : 0,
    non2xx,
    tool: "wrk",
  };
}

async function runAutocannon(o: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    headers: o.body === undefined ? o.headers : { ...o.headers, "content-type": "application/json" },
    ...(o.body === undefined ? {} : { method: "POST" as const, body: JSON.stringify(o.body) }),
  });
  return {
    requestsPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    tool: "autocannon",
  };
}

/** Load on one URL on 127.0.0.1, bounded in time; wrk when installed, else autocannon. */
export async function load(o: LoadOptions): Promise<LoadResult> {
  if (!o.url.startsWith("http://127.0.0.1:")) throw new Error("benchmarks only ever target 127.0.0.1");
  return hasWrk() ? runWrk(o) : runAutocannon(o);
}
