import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { roles } from "../../shared/roles.ts";
import { rolePermissions } from "../auth/roles.ts";
import { databaseFingerprint } from "../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../test/test-app.ts";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  nullable?: boolean;
};
type Parameter = { in: "query" | "path"; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

// Strings that break naive code: SQL and script injection, path traversal, control and astral characters.
const nastyStrings = fc.constantFrom(
  "' OR '1'='1' --",
  "'; DROP TABLE users; --",
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "\u0000\u0001\u001f",
  "𝕲𝖚𝖌𝖚𝖘 🇮🇩 ﷽",
  "%00%ff",
  `$${"{"}jndi:ldap://x}`,
  "x".repeat(100_001),
  "",
  " ",
);
const anyValue = fc.oneof(
  nastyStrings,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/** A value the schema accepts, so that a mutation elsewhere is the only thing wrong with a request. */
function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return validValue(schema.anyOf.find((s) => s.type !== "null") ?? schema.anyOf[0]!);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (type === "string") {
    if (schema.format === "uuid") return fc.uuid({ version: 4 });
    if (schema.format === "email") return fc.constant("uji.fuzz@contoh.go.id");
    if (schema.format === "date") return fc.constant("2024-05-15");
    if (schema.format === "date-time") return fc.constant("2024-05-15T03:00:00.000Z");
    if (schema.pattern)
      return fc
        .stringMatching(new RegExp(schema.pattern), { size: "small" })
        .filter((v) => v.length <= (schema.maxLength ?? 60) && v.length > 0);
    const min = schema.minLength ?? 0;
    return fc
      .oneof(nastyStrings, fc.string())
      .map((v) => v.slice(0, schema.maxLength ?? 200))
      .filter((v) => v.trim().length >= min);
  }
  if (type === "integer") {
    // Valid values stay small, but a range that starts high (a year from 2000) must still hold one.
    const min = schema.minimum ?? 0;
    return fc.integer({ min, max: Math.min(schema.maximum ?? min + 1000, min + 1000) });
  }
  if (type === "number")
    return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000, noNaN: true });
  if (type === "boolean") return fc.boolean();
  if (type === "array") return fc.constant([]);
  return fc.constant({});
}

/** A value the schema cannot accept. */
function wrongValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const options: fc.Arbitrary<unknown>[] = [];
  if (type === "string" || schema.enum) {
    options.push(
      fc.integer(),
      // null is wrong only where the field may not be null (an optional detail may be cleared).
      ...(schema.nullable ? [] : [fc.constant(null)]),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    if (schema.maxLength !== undefined) options.push(fc.constant("ä".repeat(schema.maxLength + 1)));
    if (schema.format === "uuid")
      options.push(fc.constantFrom("not-a-uuid", "00000000-0000-0000-0000", "' OR 1=1 --"));
    if (schema.format === "date") options.push(fc.constantFrom("2024-13-45", "15/05/2024", "2024-02-30"));
    if (schema.format === "date-time") options.push(fc.constantFrom("2024-05-15 25:00", "yesterday"));
    if (schema.format === "email") options.push(fc.constantFrom("not-an-email", "a@", "@b.id"));
    if (schema.enum) options.push(fc.constantFrom("__not_in_list__", "ADMIN", " admin"));
  } else if (type === "number" || type === "integer") {
    options.push(
      fc.string({ minLength: 1 }).map((s) => `x${s}`),
      ...(schema.nullable ? [] : [fc.constant(null)]),
      fc.constant([1]),
    );
    if (type === "integer") options.push(fc.constant(1.5));
    if (schema.minimum !== undefined) options.push(fc.constant(schema.minimum - 1));
    if (schema.maximum !== undefined) options.push(fc.constant(schema.maximum + 1), fc.constant(1e308));
  } else if (type === "boolean") {
    options.push(fc.constantFrom("yes", 1, null, "true "));
  } else if (type === "array") {
    options.push(fc.constantFrom("not-an-array", 5, { a: 1 }));
  } else {
    options.push(fc.constantFrom("text", 42, true));
  }
  return fc.oneof(...options);
}

/** Query values travel as text: only these are certain to be refused whatever the coercion. */
function wrongQueryValue(schema: JsonSchema): fc.Arbitrary<string> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return fc.constantFrom("__not_in_list__", "TRUE");
  if (type === "number" || type === "integer")
    return fc.constantFrom("abc", "-99999999", "1e400", "1.5", "NaN");
  if (schema.format === "uuid") return fc.constantFrom("not-a-uuid", "' OR 1=1 --");
  if (schema.format === "date") return fc.constantFrom("2024-13-45", "15/05/2024");
  if (schema.maxLength !== undefined) return fc.constant("q".repeat(schema.maxLength + 1));
  if (schema.pattern) return fc.constantFrom("../..", "' OR 1=1 --", "ÄÖÜ");
  return fc.constant("");
}

type Mutation = { body?: unknown; query?: Record<string, string>; path?: Record<string, string> };

/** Requests certain to be invalid for this operation: each carries at least one bad part. */
function invalidRequests(op: Operation): fc.Arbitrary<Mutation> | null {
  const arbitraries: fc.Arbitrary<Mutation>[] = [];
  const bodySchema = op.requestBody?.content["application/json"]?.schema;
  if (bodySchema) {
    const props = Object.entries(bodySchema.properties ?? {});
    const validish = fc.record(Object.fromEntries(props.map(([k, schema]) => [k, validValue(schema)])), {
      requiredKeys: bodySchema.required ?? [],
    });
    // an unknown field: every body schema is strict
    arbitraries.push(
      fc
        .tuple(validish, fc.string({ minLength: 1, maxLength: 20 }))
        .map(([b, k]) => ({ body: { ...b, [`zz_${k}`]: 1 } })),
    );
    // not an object at all
    arbitraries.push(
      fc.oneof(fc.integer(), nastyStrings, fc.array(anyValue, { maxLength: 2 })).map((body) => ({ body })),
    );
    for (const [name, schema] of props) {
      arbitraries.push(
        fc.tuple(validish, wrongValue(schema)).map(([b, bad]) => ({ body: { ...b, [name]: bad } })),
      );
    }
    if ((bodySchema.required ?? []).length > 0) {
      arbitraries.push(
        fc.constant(bodySchema.required!).chain((required) =>
          validish.map((b) => {
            const copy: Record<string, unknown> = { ...b };
            for (const r of required) delete copy[r];
            return { body: copy };
          }),
        ),
      );
    }
  }
  for (const p of op.parameters ?? []) {
    if (p.in === "query")
      arbitraries.push(wrongQueryValue(p.schema).map((v) => ({ query: { [p.name]: v } })));
    if (p.in === "path")
      arbitraries.push(
        wrongQueryValue(p.schema)
          .filter((v) => v !== "")
          .map((v) => ({ path: { [p.name]: v } })),
      );
  }
  if ((op.parameters ?? []).some((p) => p.in === "query")) {
    arbitraries.push(
      fc.string({ minLength: 1, maxLength: 10 }).map((k) => ({ query: { [`zz_${k}`]: "1" } })),
    );
  }
  return arbitraries.length ? fc.oneof(...arbitraries) : null;
}

const validPathValue: Record<string, string> = {
  id: "0b7d8c9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
  kind: "sex",
  code: "female",
};

describeEachDatabase("schema fuzz", (kind) => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>> };
  // Each operation is fuzzed by a role that holds its permission, so the input is what gets
  // refused: a refusal for want of a permission would be audited and prove nothing.
  const clientFor = async (method: string, path: string): Promise<Client> => {
    const url = path.replace(/\{(\w+)\}/g, ":$1");
    const route = t.app.registeredRoutes.find((r) => r.url === url && r.method === method.toUpperCase());
    if (!route || route.access === "public") return t.anonymous;
    const access = route.access;
    const role = roles.find((r) => (rolePermissions[r] as readonly string[]).includes(access));
    return t.as(role!);
  };

  beforeAll(async () => {
    // Without the second-factor rule, so identity routes are fuzzed too instead of refused.
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    doc = (await t.anonymous.get("/api/openapi.json")).body;
    // Signing in writes audit rows: every role signs in before the database is fingerprinted.
    for (const role of roles) await t.as(role);
  });
  afterAll(() => t.close());

  it("answers malformed and boundary input to every operation with a 4xx error and changes nothing", async () => {
    const before = await databaseFingerprint(t.ctx.db);
    let fuzzed = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const requests = invalidRequests(op);
        if (!requests) continue;
        fuzzed++;
        const client = await clientFor(method, path);
        await fc.assert(
          fc.asyncProperty(requests, async (m) => {
            const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
              encodeURIComponent(
                m.path?.[name] ?? validPathValue[name] ?? (name.endsWith("Id") ? validPathValue.id! : "x"),
              ),
            );
            const query = new URLSearchParams(m.query ?? {}).toString();
            const target = query ? `${url}?${query}` : url;
            const send =
              method === "get"
                ? client.get(target)
                : client[method as "post"](target, m.body === undefined ? {} : m.body);
            const res = await send;
            const context = `${method.toUpperCase()} ${target.slice(0, 200)} ${JSON.stringify(m.body)?.slice(0, 200)}`;
            expect(res.status, context).toBeGreaterThanOrEqual(400);
            expect(res.status, context).toBeLessThan(500);
            expect(typeof res.body?.error?.code, context).toBe("string");
            expect(typeof res.body?.error?.message, context).toBe("string");
          }),
          { numRuns: 25, seed: 20240515 },
        );
      }
    }
    expect(fuzzed).toBeGreaterThan(15);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
    // One walk over every operation of the API: it grows with each module, not with a slow machine.
  }, 600_000);
});
