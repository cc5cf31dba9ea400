import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ActivityStatus, ActivitySummary } from "../../../shared/prevention.ts";

const statusColors: Record<ActivityStatus, string> = { planned: "blue", held: "teal", cancelled: "gray" };

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]}>
      {t(`prevention.status.${status}`)}
    </Badge>
  );
}

/** A plan whose time has passed: the organiser still has to say how it went. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="orange">
      {t("prevention.list.overdue")}
    </Badge>
  );
}

/** Where the activity was: the school, the kelurahan, or online. */
export function usePlaceLabel() {
  const { t } = useTranslation();
  return (activity: Pick<ActivitySummary, "placeKind" | "schoolName" | "regionName">) => {
    if (activity.placeKind === "online") {
      return activity.regionName
        ? `${t("prevention.placeKinds.online")} · ${activity.regionName}`
        : t("prevention.placeKinds.online");
    }
    if (activity.schoolName) return `${activity.schoolName} · ${activity.regionName ?? ""}`;
    return `${t(`prevention.placeKinds.${activity.placeKind}`)} · ${activity.regionName ?? ""}`;
  };
}

/** "25 peserta (perkiraan)", "12 orang (daftar hadir)", or nothing yet. */
export function useParticipantLabel() {
  const { t } = useTranslation();
  return (activity: Pick<ActivitySummary, "participantSource" | "participantTotal">) => {
    if (activity.participantSource === "none") return t("prevention.participants.none");
    return t(`prevention.participants.total_${activity.participantSource}`, {
      count: activity.participantTotal,
    });
  };
}
