import { describe, expect, it } from "vitest";
import { htcdsPicklists } from "./htcds.ts";
import { seedVocabularies, vocabularyKinds } from "./vocabularies.ts";

// The HTCDS 2.0 picklist values the mappings may use (UNMigration/HTCDS, CC BY 4.0).
const htcdsValues = {
  trafficking_means: htcdsPicklists.methodsOfControl,
  exploitation_form: htcdsPicklists.typeOfExploitation,
  sex: htcdsPicklists.gender,
};

describe("seedVocabularies", () => {
  it("has a non-empty list for every kind and no list for anything else", () => {
    expect(Object.keys(seedVocabularies).sort()).toEqual([...vocabularyKinds].sort());
    for (const kind of vocabularyKinds) expect(seedVocabularies[kind].length).toBeGreaterThan(0);
  });

  it("uses kind names the API accepts", () => {
    for (const kind of vocabularyKinds) expect(kind).toMatch(/^[a-z_]{1,60}$/);
  });

  it("gives every term a unique snake_case ASCII code within its kind", () => {
    for (const kind of vocabularyKinds) {
      const codes = seedVocabularies[kind].map((term) => term.code);
      expect(new Set(codes).size, kind).toBe(codes.length);
      for (const code of codes) expect(code, kind).toMatch(/^[a-z0-9_]{1,60}$/);
    }
  });

  it("labels every term in Bahasa Indonesia and English", () => {
    for (const kind of vocabularyKinds) {
      for (const term of seedVocabularies[kind]) {
        expect(term.labelId.trim(), `${kind}.${term.code}`).not.toBe("");
        expect(term.labelEn.trim(), `${kind}.${term.code}`).not.toBe("");
        expect(term.labelId.length, `${kind}.${term.code}`).toBeLessThanOrEqual(200);
        expect(term.labelEn.length, `${kind}.${term.code}`).toBeLessThanOrEqual(200);
      }
    }
  });

  it("maps every exploitation form and every sex to an HTCDS value", () => {
    for (const term of [...seedVocabularies.exploitation_form, ...seedVocabularies.sex]) {
      expect(term.htcds, term.code).toBeDefined();
    }
  });

  it("uses only values that exist in the HTCDS picklists", () => {
    for (const [kind, allowed] of Object.entries(htcdsValues)) {
      for (const term of seedVocabularies[kind as keyof typeof htcdsValues]) {
        if (term.htcds !== undefined) expect(allowed, `${kind}.${term.code}`).toContain(term.htcds);
      }
    }
  });

  it("maps no other kind to HTCDS, since no other list has an HTCDS counterpart", () => {
    const mappedKinds = vocabularyKinds.filter((kind) => seedVocabularies[kind].some((term) => term.htcds));
    expect(mappedKinds.sort()).toEqual(Object.keys(htcdsValues).sort());
  });

  it("lists the six acts and the nine means of UU 21/2007", () => {
    expect(seedVocabularies.trafficking_act).toHaveLength(6);
    expect(seedVocabularies.trafficking_means).toHaveLength(9);
  });

  it("keeps the age bands that split children (under 18) from adults", () => {
    expect(seedVocabularies.age_group.map((term) => term.code)).toEqual([
      "age_0_5",
      "age_6_12",
      "age_13_17",
      "age_18_24",
      "age_25_44",
      "age_45_59",
      "age_60_plus",
      "unknown",
    ]);
  });
});
