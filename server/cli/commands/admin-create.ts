import { eq } from "drizzle-orm";
import { createUserInputSchema } from "../../../shared/users.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { organizations, users } from "../../db/schema/index.ts";
import { SECRETARIAT_ORG_NAME } from "../../db/seed/reference-seed.ts";
import { randomToken } from "../../lib/crypto/pseudonym.ts";
import { option, systemActor, withContext } from "../cli-context.ts";

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.trim();
}

/** admin:create --email E --name N [--password-stdin]: an administrator in the secretariat. */
export async function adminCreate(args: string[]): Promise<number> {
  const generated = !args.includes("--password-stdin");
  const password = generated ? randomToken(12) : await readStdin();
  const parsed = createUserInputSchema.safeParse({
    email: option(args, "email"),
    name: option(args, "name"),
    role: "admin",
    organizationId: "00000000-0000-0000-0000-000000000000",
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join(".")}: ${issue.message}`);
    console.error(
      'Pemakaian / usage: npm run gugus -- admin:create --email admin@contoh.go.id --name "Nama" [--password-stdin]',
    );
    return 2;
  }
  return withContext(async (ctx) => {
    const [taken] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, parsed.data.email));
    if (taken) {
      console.error(`Email ${parsed.data.email} sudah dipakai / is already in use.`);
      return 1;
    }
    const [org] = await ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, SECRETARIAT_ORG_NAME));
    const passwordHash = await hashPassword(password);
    await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email: parsed.data.email,
          name: parsed.data.name,
          role: "admin",
          organizationId: org!.id,
          taskForceId: org!.taskForceId,
          passwordHash,
        })
        .returning({ id: users.id });
      await recordAudit(tx, systemActor, {
        event: "user.created",
        taskForceId: org!.taskForceId,
        recordType: "user",
        recordId: user!.id,
        data: { email: parsed.data.email, role: "admin" },
      });
    });
    console.log(`Administrator ${parsed.data.email} dibuat / created.`);
    if (generated)
      console.log(
        `Kata sandi sementara / temporary password: ${password}\nGanti setelah masuk / change it after signing in.`,
      );
    return 0;
  });
}
