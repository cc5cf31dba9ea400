import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditEventNames } from "./audit-events.ts";

/**
 * The audit page shows an event's raw code when the interface has no label for it, so every
 * event added to the closed list needs a label in both languages. The translations are read as
 * files by path: server/ never imports web/ code.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function eventLabels(language: string): Record<string, unknown> {
  const translation = JSON.parse(readFileSync(resolve(root, `web/i18n/${language}.json`), "utf8"));
  return translation.audit.events;
}

describe.each(["id", "en"])("audit event labels in %s", (language) => {
  const labels = eventLabels(language);

  it("label every audit event", () => {
    const missing = auditEventNames.filter((event) => {
      const label = labels[event];
      return typeof label !== "string" || label.trim() === "";
    });
    expect(missing).toEqual([]);
  });

  it("label no event that does not exist", () => {
    const known = new Set<string>(auditEventNames);
    expect(Object.keys(labels).filter((event) => !known.has(event))).toEqual([]);
  });
});
