import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../app-context.ts";
import { wakeMailSender } from "../../lib/mail/sender.ts";
import { runReminderPass } from "./reminders.service.ts";

export type ReminderScheduler = {
  /** Finishes the pass in progress, then stops. */
  stop: () => Promise<void>;
};

type Log = { info: (msg: string) => void; warn: (msg: string) => void };

/**
 * Runs a reminder pass now and then every `intervalMs`. Nothing is kept in memory between
 * passes: each reads what is owed from the database, so several processes may run one and a
 * restart picks up where the last pass left off. The pass's mail is handed to the sender at once.
 */
export function startReminderScheduler(
  ctx: AppContext,
  options: { intervalMs: number; log?: Log },
): ReminderScheduler {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = () => {
    if (stopped || running) return;
    running = (async () => {
      try {
        const result = await runReminderPass(ctx);
        if (result.mails > 0) wakeMailSender(ctx);
        if (result.reminders > 0)
          options.log?.info(
            `reminders: ${result.reminders} given, ${result.notifications} notifications, ${result.mails} mails queued`,
          );
      } catch (err) {
        // The database may be closing or briefly away; the next pass tries again.
        options.log?.warn(`reminders: pass failed: ${(err as Error).message}`);
      }
    })().finally(() => {
      running = null;
      if (!stopped) timer = setTimeout(run, options.intervalMs);
    });
  };
  run();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Runs the scheduler with the HTTP server: started when the app is ready (the database is open),
 * stopped when it closes, before the database goes. GUGUS_REMINDER_INTERVAL_SECONDS=0 runs none
 * in this process (another process, or a test, runs the passes).
 */
export function registerReminderScheduler(app: FastifyInstance, ctx: AppContext): void {
  let scheduler: ReminderScheduler | null = null;
  app.addHook("onReady", async () => {
    if (ctx.config.reminderIntervalMs > 0)
      scheduler = startReminderScheduler(ctx, { intervalMs: ctx.config.reminderIntervalMs, log: app.log });
  });
  app.addHook("onClose", async () => {
    await scheduler?.stop();
  });
}
