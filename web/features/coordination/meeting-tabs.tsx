import type { TFunction } from "i18next";
import { lazy, type ReactNode } from "react";
import type { MeetingDto } from "../../../shared/coordination.ts";
import { SummaryTab } from "./summary-tab.tsx";

// Each tab's code loads when first opened: a phone on a slow link fetches only what it shows.
const InvitationsTab = lazy(() =>
  import("./invitations-tab.tsx").then((m) => ({ default: m.InvitationsTab })),
);
const AttendanceTab = lazy(() => import("./attendance-tab.tsx").then((m) => ({ default: m.AttendanceTab })));
const MinutesTab = lazy(() => import("./minutes-tab.tsx").then((m) => ({ default: m.MinutesTab })));
const MeetingFollowUpTab = lazy(() =>
  import("../action-items/meeting-follow-up-tab.tsx").then((m) => ({ default: m.MeetingFollowUpTab })),
);

/** One tab of the meeting page: its address (/koordinasi/rapat/:id/<slug>), label and panel. */
export type MeetingTab = {
  slug: string;
  label: (t: TFunction) => string;
  render: (meeting: MeetingDto) => ReactNode;
};

/**
 * The meeting page's tabs, in reading order. Other coordination features join the page by
 * adding an entry here: the follow-up items ("tindak-lanjut") go after the minutes, reading
 * the meeting through `useMeeting(id)` / `meetingKeys.one(id)` from coordination-api.ts.
 */
export const meetingTabs: MeetingTab[] = [
  {
    slug: "ringkasan",
    label: (t) => t("coordination.tabs.summary"),
    render: (m) => <SummaryTab meeting={m} />,
  },
  {
    slug: "undangan",
    label: (t) => t("coordination.tabs.invitations"),
    render: (m) => <InvitationsTab meeting={m} />,
  },
  {
    slug: "kehadiran",
    label: (t) => t("coordination.tabs.attendance"),
    render: (m) => <AttendanceTab meeting={m} />,
  },
  {
    slug: "notulen",
    label: (t) => t("coordination.tabs.minutes"),
    render: (m) => <MinutesTab meeting={m} />,
  },
  {
    slug: "tindak-lanjut",
    label: (t) => t("followUp.list.title"),
    render: (m) => <MeetingFollowUpTab meeting={m} />,
  },
];
