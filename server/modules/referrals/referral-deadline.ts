/**
 * The response deadline of a referral: the receiving organisation has a configured number of days
 * (GUGUS_REFERRAL_RESPONSE_DAYS) to accept or decline. A referral still unanswered after it is
 * overdue, on both the sender's and the receiver's side.
 */
export function responseDueAt(sentAt: Date, responseDays: number): Date {
  return new Date(sentAt.getTime() + responseDays * 24 * 3600_000);
}

/** Overdue: still waiting for an answer (sent) when its due time has passed. */
export function isOverdue(referral: { status: string; dueAt: Date }, now: Date): boolean {
  return referral.status === "sent" && referral.dueAt.getTime() < now.getTime();
}

/**
 * The inbox order: overdue first (0), then the rest still waiting (1), then the accepted (2),
 * then the closed (3); within each the soonest due first.
 */
export type InboxRank = 0 | 1 | 2 | 3;
export function inboxRankOf(referral: { status: string; dueAt: Date }, now: Date): InboxRank {
  if (referral.status === "sent") return isOverdue(referral, now) ? 0 : 1;
  return referral.status === "accepted" ? 2 : 3;
}
