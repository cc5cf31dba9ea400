import { verifyAuditChain } from "../../audit/verify-audit.ts";
import { withContext } from "../cli-context.ts";

/** audit:verify: walks the hash chain; exit code 1 when a row was edited or deleted. */
export async function auditVerify(): Promise<number> {
  return withContext(
    async (ctx) => {
      const result = await verifyAuditChain(ctx.db, (n) =>
        process.stderr.write(`\rdiperiksa / checked: ${n}`),
      );
      process.stderr.write("\n");
      if (result.problems.length === 0) {
        console.log(
          `Jejak audit utuh / audit trail intact: ${result.rows} baris/rows, seq terakhir/last ${result.lastSeq}.`,
        );
        return 0;
      }
      console.error(`JEJAK AUDIT RUSAK / AUDIT TRAIL TAMPERED: ${result.problems.length} masalah/problems`);
      const words = {
        edited: "diubah / edited",
        missing_before: "baris sebelumnya hilang / rows missing before it",
        broken_link: "rantai putus / chain broken",
      };
      for (const p of result.problems.slice(0, 50)) console.error(`  seq ${p.seq}: ${words[p.problem]}`);
      return 1;
    },
    { seed: false },
  );
}
