import type { ActionItemStatus } from "../../../shared/action-items.ts";
import type { Config } from "../../config.ts";
import { wibDayMonthYear, wibLongDate } from "../../lib/documents/wib-format.ts";
import { type Locale, translate } from "../../lib/messages.ts";

export type ReminderKind = "due_soon" | "overdue";

/** What a reminder says about its item, read in the pass's transaction. */
export type ReminderItem = {
  id: string;
  description: string;
  dueOn: string;
  status: ActionItemStatus;
  organizationName: string;
  ownerPerson: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
};

/** The address people open: the configured public URL, else none (the mail says where to look). */
export function actionItemLink(config: Pick<Config, "publicUrl">, id: string): string | null {
  return config.publicUrl ? `${config.publicUrl.replace(/\/$/, "")}/koordinasi/tindak-lanjut/${id}` : null;
}

const dayOf = (date: string) => new Date(`${date}T00:00:00+07:00`);

/**
 * The plain-text reminder in one language: what is due, by when, from which meeting, and what
 * to do about it. `days` is days left (due soon) or days late (overdue).
 */
export function reminderText(
  config: Pick<Config, "publicUrl">,
  item: ReminderItem,
  kind: ReminderKind,
  days: number,
  locale: Locale,
): { subject: string; text: string } {
  const due = wibLongDate(dayOf(item.dueOn), locale);
  const subject = translate(
    locale,
    kind === "overdue" ? "action_item.mail.overdue_subject" : "action_item.mail.due_soon_subject",
    {
      due: wibDayMonthYear(dayOf(item.dueOn), locale),
    },
  );
  const intro =
    kind === "overdue"
      ? translate(locale, "action_item.mail.overdue_intro", { days, due })
      : days === 0
        ? translate(locale, "action_item.mail.due_today_intro", { due })
        : translate(locale, "action_item.mail.due_soon_intro", { days, due });
  const link = actionItemLink(config, item.id);
  const lines = [
    translate(locale, "action_item.mail.greeting", { organization: item.organizationName }),
    "",
    intro,
    "",
    translate(locale, "action_item.mail.item", { description: item.description }),
    ...(item.meetingTitle && item.meetingStartsAt
      ? [
          translate(locale, "action_item.mail.source_meeting", {
            meeting: item.meetingTitle,
            date: wibDayMonthYear(item.meetingStartsAt, locale),
          }),
        ]
      : []),
    ...(item.ownerPerson ? [translate(locale, "action_item.mail.owner", { owner: item.ownerPerson })] : []),
    translate(locale, "action_item.mail.status", {
      status: translate(locale, `action_item.status.${item.status}`),
    }),
    "",
    translate(locale, "action_item.mail.ask"),
    link
      ? translate(locale, "action_item.mail.link", { url: link })
      : translate(locale, "action_item.mail.no_link"),
    "",
    "--",
    translate(locale, "action_item.mail.footer", { organization: item.organizationName }),
  ];
  return { subject, text: lines.join("\n") };
}
