import type { AppContext } from "../app-context.ts";
import { openContext } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";

/** Opens the configured database for one command and always closes it. */
export async function withContext<T>(
  fn: (ctx: AppContext) => Promise<T>,
  options: { seed?: boolean } = {},
): Promise<T> {
  const ctx = await openContext(loadConfig(), options);
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}

/** `--name value` from the arguments, or undefined. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

export const systemActor = { kind: "system" as const, label: "cli" };
