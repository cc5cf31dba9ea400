import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { inboxRankOf, isOverdue, responseDueAt } from "./referral-deadline.ts";

const sentAt = new Date("2026-05-15T03:00:00.000Z");

describe("referral response deadline", () => {
  it("falls the configured number of days after sending", () => {
    expect(responseDueAt(sentAt, 3).toISOString()).toBe("2026-05-18T03:00:00.000Z");
    expect(loadConfig({}).referralResponseDays).toBe(3);
    expect(loadConfig({ GUGUS_REFERRAL_RESPONSE_DAYS: "5" }).referralResponseDays).toBe(5);
    expect(() => loadConfig({ GUGUS_REFERRAL_RESPONSE_DAYS: "0" })).toThrow(/GUGUS_REFERRAL_RESPONSE_DAYS/);
  });

  it("makes only an unanswered referral overdue, and only after its due time", () => {
    const dueAt = responseDueAt(sentAt, 3);
    const justAfter = new Date(dueAt.getTime() + 1);
    expect(isOverdue({ status: "sent", dueAt }, dueAt)).toBe(false);
    expect(isOverdue({ status: "sent", dueAt }, justAfter)).toBe(true);
    expect(isOverdue({ status: "accepted", dueAt }, justAfter)).toBe(false);
    expect(isOverdue({ status: "declined", dueAt }, justAfter)).toBe(false);
  });

  it("ranks the inbox: overdue, waiting, accepted, closed", () => {
    const dueAt = responseDueAt(sentAt, 3);
    const later = new Date(dueAt.getTime() + 1);
    expect(inboxRankOf({ status: "sent", dueAt }, later)).toBe(0);
    expect(inboxRankOf({ status: "sent", dueAt }, sentAt)).toBe(1);
    expect(inboxRankOf({ status: "accepted", dueAt }, later)).toBe(2);
    expect(inboxRankOf({ status: "completed", dueAt }, later)).toBe(3);
    expect(inboxRankOf({ status: "cancelled", dueAt }, later)).toBe(3);
  });
});
