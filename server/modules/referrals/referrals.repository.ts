import { aliasedTable, and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ReferralStatus } from "../../../shared/referrals.ts";
import type { Db } from "../../db/database.ts";
import { casePeople, cases, organizations, people, referrals, users } from "../../db/schema/index.ts";
import type { ReferralRecord } from "./referral.policy.ts";
import type { InboxRank } from "./referral-deadline.ts";

const fromOrg = aliasedTable(organizations, "from_org");
const toOrg = aliasedTable(organizations, "to_org");
const sender = aliasedTable(users, "sender");
const responder = aliasedTable(users, "responder");

const referralColumns = {
  referral: referrals,
  person: {
    code: people.code,
    sexCode: people.sexCode,
    ageGroupCode: casePeople.ageGroupCode,
    isChild: casePeople.isChild,
  },
  fromOrganizationName: fromOrg.name,
  toOrganizationName: toOrg.name,
  sentByName: sender.name,
  respondedByName: responder.name,
  // What the case policy needs, so the same row answers "who may do what" for both sides.
  case: {
    id: cases.id,
    number: cases.number,
    taskForceId: cases.taskForceId,
    leadOrganizationId: cases.leadOrganizationId,
    caseManagerId: cases.caseManagerId,
    status: cases.status,
    closureRequestedAt: cases.closureRequestedAt,
  },
};

function selectReferrals(db: Db) {
  return db
    .select(referralColumns)
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(casePeople, eq(casePeople.id, referrals.casePersonId))
    .innerJoin(people, eq(people.id, casePeople.personId))
    .innerJoin(fromOrg, eq(fromOrg.id, referrals.fromOrganizationId))
    .innerJoin(toOrg, eq(toOrg.id, referrals.toOrganizationId))
    .leftJoin(sender, eq(sender.id, referrals.sentById))
    .leftJoin(responder, eq(responder.id, referrals.respondedById));
}

export type ReferralRow = Awaited<ReturnType<typeof findReferral>> & {};

export async function findReferral(db: Db, id: string) {
  const [row] = await selectReferrals(db).where(eq(referrals.id, id));
  return row;
}

/** The policy's view of a loaded referral. */
export function referralRecordOf(row: ReferralRow): ReferralRecord {
  return {
    id: row.referral.id,
    taskForceId: row.referral.taskForceId,
    toOrganizationId: row.referral.toOrganizationId,
    status: row.referral.status as ReferralStatus,
    case: row.case,
  };
}

/** A case's referrals, the latest first. */
export function listReferralsOfCase(db: Db, caseId: string) {
  return selectReferrals(db)
    .where(eq(referrals.caseId, caseId))
    .orderBy(desc(referrals.createdAt), desc(referrals.id));
}

/** The SQL twin of inboxRankOf (referral-deadline.ts): the inbox sorts on it. */
const inboxRank = (now: Date) =>
  sql<number>`(case when ${referrals.status} = 'sent' and ${referrals.dueAt} < ${now.toISOString()} then 0 when ${referrals.status} = 'sent' then 1 when ${referrals.status} = 'accepted' then 2 else 3 end)`;

export type InboxFilter = { organizationId: string; taskForceId: string; status?: ReferralStatus; now: Date };
export type InboxAfter = { rank: InboxRank; dueAt: string; id: string };

/** A keyset page of the referrals addressed to an organisation; `after` is (rank, dueAt, id). */
export function listInboxPage(db: Db, filter: InboxFilter, after: InboxAfter | null, limit: number) {
  const rank = inboxRank(filter.now);
  const where: (SQL | undefined)[] = [
    eq(referrals.toOrganizationId, filter.organizationId),
    eq(referrals.taskForceId, filter.taskForceId),
    filter.status ? eq(referrals.status, filter.status) : undefined,
    after
      ? sql`(${rank}, ${referrals.dueAt}, ${referrals.id}) > (${after.rank}::int, ${after.dueAt}::timestamptz, ${after.id}::uuid)`
      : undefined,
  ];
  return selectReferrals(db)
    .where(and(...where))
    .orderBy(asc(rank), asc(referrals.dueAt), asc(referrals.id))
    .limit(limit + 1);
}

/**
 * Moves a referral from one of the expected states, in the caller's transaction. False when it
 * had already moved on (a concurrent answer or cancellation), so the caller can refuse.
 */
export async function transitionReferral(
  tx: Db,
  id: string,
  from: readonly ReferralStatus[],
  set: Partial<typeof referrals.$inferInsert> & { status: ReferralStatus; updatedAt: Date },
): Promise<boolean> {
  const moved = await tx
    .update(referrals)
    .set(set)
    .where(and(eq(referrals.id, id), inArray(referrals.status, [...from])))
    .returning({ id: referrals.id });
  return moved.length > 0;
}

/** A referral's state, its row locked until the caller's transaction ends. */
export async function lockedReferralStatus(tx: Db, id: string): Promise<ReferralStatus | undefined> {
  const [row] = await tx
    .select({ status: referrals.status })
    .from(referrals)
    .where(eq(referrals.id, id))
    .for("update");
  return row?.status as ReferralStatus | undefined;
}
