import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { CalendarFeedDto } from "../../../shared/coordination.ts";
import type { Role } from "../../../shared/roles.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { permissionsOfRole } from "../../auth/roles.ts";
import {
  calendarFeedTokens,
  meetingAgendaItems,
  meetings,
  taskForces,
  users,
} from "../../db/schema/index.ts";
import { decryptField, encryptField } from "../../lib/crypto/field-encryption.ts";
import { notFound } from "../../lib/errors.ts";
import { buildCalendar } from "../../lib/mail/icalendar.ts";
import { meetingEvent } from "./meeting-calendar.ts";
import { invitedWhere } from "./meetings.repository.ts";

const tokenContext = (userId: string) => `calendar_feed_tokens.token:${userId}`;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
// 32 random bytes: the URL is the only secret, so it must be unguessable.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
// A calendar shows what is coming and what just passed; older meetings stay in the app.
const FEED_PAST_DAYS = 365;

type Origin = { publicUrl: string | null; requestOrigin: string };

function urlsOf(token: string, origin: Origin) {
  const base = origin.publicUrl ?? origin.requestOrigin;
  const url = `${base}/api/calendar/${token}.ics`;
  // webcal:// opens the phone's calendar app to subscribe with one tap.
  return { url, webcalUrl: url.replace(/^https?:/, "webcal:") };
}

export async function getCalendarFeed(
  ctx: AppContext,
  actor: UserActor,
  origin: Origin,
): Promise<CalendarFeedDto> {
  const [row] = await ctx.db
    .select()
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.userId, actor.userId));
  if (!row) return { url: null, webcalUrl: null, createdAt: null, lastUsedAt: null };
  const token = decryptField(ctx.keyring, row.tokenEnc, tokenContext(actor.userId));
  return {
    ...urlsOf(token, origin),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** Makes a new feed link; the old one, if any, stops working at once. */
export async function issueCalendarFeed(ctx: AppContext, actor: UserActor, origin: Origin) {
  const token = randomBytes(32).toString("base64url");
  await ctx.db.transaction(async (tx) => {
    await tx.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, actor.userId));
    await tx.insert(calendarFeedTokens).values({
      userId: actor.userId,
      tokenHash: hashOf(token),
      tokenEnc: encryptField(ctx.keyring, token, tokenContext(actor.userId)),
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "calendar_feed.issued",
      recordType: "user",
      recordId: actor.userId,
    });
  });
  return getCalendarFeed(ctx, actor, origin);
}

export async function revokeCalendarFeed(ctx: AppContext, actor: UserActor) {
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(calendarFeedTokens)
      .where(eq(calendarFeedTokens.userId, actor.userId))
      .returning({ userId: calendarFeedTokens.userId });
    if (gone.length > 0)
      await recordAudit(tx, actor, {
        event: "calendar_feed.revoked",
        recordType: "user",
        recordId: actor.userId,
      });
  });
}

/**
 * The feed behind a secret link: the meetings the user or their organisation is invited to, a
 * year back and everything ahead, cancelled ones marked so calendars drop them. A wrong token,
 * a deactivated account or a role without coordination.read all answer 404.
 */
export async function calendarFeedFile(ctx: AppContext, file: string): Promise<string> {
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (!TOKEN_PATTERN.test(token)) throw notFound();
  const [owner] = await ctx.db
    .select({
      userId: users.id,
      organizationId: users.organizationId,
      taskForceId: users.taskForceId,
      role: users.role,
      active: users.active,
      locale: users.locale,
      taskForceName: taskForces.name,
    })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .innerJoin(taskForces, eq(taskForces.id, users.taskForceId))
    .where(eq(calendarFeedTokens.tokenHash, hashOf(token)));
  if (!owner?.active || !permissionsOfRole(owner.role as Role).includes("coordination.read"))
    throw notFound();
  const since = new Date(ctx.now().getTime() - FEED_PAST_DAYS * 86_400_000);
  const rows = await ctx.db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.taskForceId, owner.taskForceId),
        gte(meetings.endsAt, since),
        invitedWhere(owner.userId, owner.organizationId),
      ),
    )
    .orderBy(asc(meetings.startsAt));
  const agendaRows = rows.length
    ? await ctx.db
        .select()
        .from(meetingAgendaItems)
        .where(
          inArray(
            meetingAgendaItems.meetingId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(meetingAgendaItems.position))
    : [];
  await ctx.db
    .update(calendarFeedTokens)
    .set({ lastUsedAt: ctx.now() })
    .where(eq(calendarFeedTokens.userId, owner.userId));
  const locale = owner.locale === "en" ? "en" : "id";
  return buildCalendar(
    rows.map((m) =>
      meetingEvent(
        ctx.config,
        m,
        agendaRows.filter((a) => a.meetingId === m.id),
        { stamp: ctx.now(), locale },
      ),
    ),
    { name: `Rapat ${owner.taskForceName}` },
  );
}
