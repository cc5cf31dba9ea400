import { describe, expect, it } from "vitest";
import { nameSimilarity, nameTokens, tokenWeight } from "./name-matching.ts";

const similarity = (a: string, b: string) => nameSimilarity(nameTokens(a), nameTokens(b), tokenWeight);

describe("Indonesian name matching", () => {
  it("folds the spellings of Muhammad into one token", () => {
    for (const spelling of ["Muhammad", "Muhamad", "Moh.", "M.", "Mohammad", "MUHAMMED"]) {
      expect(nameTokens(`${spelling} Rizki`)).toEqual(["muhammad", "rizki"]);
    }
  });

  it("reads the old spelling as the new one", () => {
    expect(nameTokens("Djoko Soetomo")).toEqual(nameTokens("Joko Sutomo"));
    expect(nameTokens("Tjahjo")).toEqual(nameTokens("Cahyo"));
  });

  it("ignores a final h, doubled letters and bin/binti", () => {
    expect(nameTokens("Fatimah binti Ahmad")).toEqual(["fatima", "ahmad"]);
    expect(nameTokens("Yanti")).toEqual(nameTokens("Yantie"));
    expect(nameTokens("Rattna")).toEqual(nameTokens("Ratna"));
  });

  it("matches a name missing its family part in full, but weighs common names lightly", () => {
    expect(similarity("Siti Aminah", "Siti Aminah binti Sulaiman")).toBe(1);
    expect(similarity("Siti Aminah", "Siti Rahayu")).toBeLessThan(0.3);
    expect(similarity("Dewi Lestari", "Lestari")).toBe(1);
    expect(similarity("Budi", "Anton")).toBe(0);
  });

  it("gives nothing to index for empty or punctuation-only names", () => {
    expect(nameTokens("  ")).toEqual([]);
    expect(nameTokens("bin binti")).toEqual([]);
    expect(similarity("", "Siti")).toBe(0);
  });
});
