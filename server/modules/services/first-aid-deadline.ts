/** UU 21/2007 (Pasal 53 as the task force applies it): a victim's first aid within 7 days. */
export const FIRST_AID_DAYS = 7;

/** A calendar date (YYYY-MM-DD) plus whole days. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * Where one victim stands against the deadline. Met when the first service started by the due
 * date; late when it started after it, or has not started and the due date has passed; still
 * pending (met: null) otherwise. A case identified on a date known only by its year has no
 * deadline to judge: neither met nor late.
 */
export function firstAidStanding(input: {
  identifiedOn: string;
  yearOnly?: boolean;
  firstServiceOn: string | null;
  today: string;
}) {
  if (input.yearOnly) return { dueBy: null, met: null, late: false };
  const dueBy = addDays(input.identifiedOn, FIRST_AID_DAYS);
  if (input.firstServiceOn !== null) {
    const met = input.firstServiceOn <= dueBy;
    return { dueBy, met, late: !met };
  }
  const late = input.today > dueBy;
  return { dueBy, met: late ? false : null, late };
}
