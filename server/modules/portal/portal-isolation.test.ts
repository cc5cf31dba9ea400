import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

/**
 * Nothing from case records is reachable from the portal, by construction: the portal's code
 * cannot reach a module that reads cases, people, complaints or their neighbours, and reads only
 * the tables named below. (portal-sources.test.ts checks the pages themselves.)
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const portalDir = join(root, "server/modules/portal");

// Modules that hold or reach case records, victims' identities or complaints.
const forbiddenModules = [
  "cases",
  "people",
  "complaints",
  "referrals",
  "legal",
  "services",
  "assessments",
  "case-closure",
  "case-documents",
  "early-warnings",
  "imports",
];
// The reference checks the portal's writes share with every module: they must read regions,
// vocabularies, organisations and users only (asserted below).
const referenceChecks = "server/db/reference-checks.ts";
// The tables the portal's own files may name.
const allowedSchemaFiles = ["portal.ts", "prevention.ts", "reference.ts", "organizations.ts", "users.ts"];

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)].map(
    (m) => m[1]!,
  );

function portalSources(): string[] {
  return readdirSync(portalDir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "test-support.ts")
    .map((name) => join(portalDir, name));
}

/** Every file of the repository the portal's code reaches through relative imports. */
function reachable(): Set<string> {
  const seen = new Set<string>();
  const queue = portalSources();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) continue;
      queue.push(resolve(dirname(file), spec));
    }
  }
  return seen;
}

it("reaches no module that holds case records, people or complaints", () => {
  const files = [...reachable()].map((f) => relative(root, f));
  expect(files).toContain("server/modules/portal/public.routes.ts");
  expect(files).toContain("server/modules/statistics/statistics.service.ts");
  const offending = files.filter((file) =>
    forbiddenModules.some((m) => file.startsWith(`server/modules/${m}/`)),
  );
  expect(offending).toEqual([]);
});

it("names only its own tables, the prevention activities, and reference data", () => {
  for (const file of portalSources()) {
    for (const spec of importsOf(file).filter((s) => s.includes("/db/schema/"))) {
      expect(allowedSchemaFiles, `${relative(root, file)} imports ${spec}`).toContain(spec.split("/").pop());
    }
    // Raw SQL too: no case, person, complaint or attendee table appears in a query.
    const text = readFileSync(file, "utf8");
    expect(text, relative(root, file)).not.toMatch(
      /\b(FROM|JOIN)\s+(cases|case_people|people|complaints|activity_attendees|referrals)\b/i,
    );
  }
  const checks = readFileSync(join(root, referenceChecks), "utf8");
  const named = /import \{([^}]+)\} from "\.\/schema\/index\.ts"/.exec(checks)![1]!;
  expect(
    named
      .split(",")
      .map((n) => n.trim())
      .sort(),
  ).toEqual(["organizations", "regions", "users", "vocabularyTerms"]);
});
