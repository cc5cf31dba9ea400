import type { TFunction } from "i18next";
import { lazy, type ReactNode } from "react";
import type { ActivityDto } from "../../../shared/prevention.ts";
import { ActivitySummaryTab } from "./activity-summary-tab.tsx";

// Each tab's code loads when first opened: a phone on a slow link fetches only what it shows.
const ParticipantsTab = lazy(() =>
  import("./participants-tab.tsx").then((m) => ({ default: m.ParticipantsTab })),
);
const FilesTab = lazy(() => import("./files-tab.tsx").then((m) => ({ default: m.FilesTab })));
const KnowledgeTestSection = lazy(() =>
  import("../prevention-tests/knowledge-test-section.tsx").then((m) => ({ default: m.KnowledgeTestSection })),
);

/** One tab of the activity page: its address (/pencegahan/:id/<slug>), its label and its panel. */
export type ActivityTab = {
  slug: string;
  label: (t: TFunction) => string;
  render: (activity: ActivityDto) => ReactNode;
};

/**
 * The activity page's tabs, in reading order. Other prevention features join the page by
 * adding an entry here (the knowledge test adds "tes" after the participants).
 */
export const activityTabs: ActivityTab[] = [
  {
    slug: "ringkasan",
    label: (t) => t("prevention.tabs.summary"),
    render: (activity) => <ActivitySummaryTab activity={activity} />,
  },
  {
    slug: "peserta",
    label: (t) => t("prevention.tabs.participants"),
    render: (activity) => <ParticipantsTab activity={activity} />,
  },
  {
    slug: "tes",
    label: (t) => t("knowledgeTest.section.title"),
    render: (activity) => <KnowledgeTestSection activity={activity} />,
  },
  {
    slug: "berkas",
    label: (t) => t("prevention.tabs.files"),
    render: (activity) => <FilesTab activity={activity} />,
  },
];
