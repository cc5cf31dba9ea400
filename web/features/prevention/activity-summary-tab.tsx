import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ActivityDto } from "../../../shared/prevention.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { FactList } from "../complaints/fact-list.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { CountsTable } from "./counts-table.tsx";

/** What, when, where, for whom, by whom, and how many came. */
export function ActivitySummaryTab({ activity }: { activity: ActivityDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const types = useTerms("prevention_activity_type");
  const targetGroups = useTerms("target_group");
  const place = [
    t(`prevention.placeKinds.${activity.placeKind}`),
    activity.schoolName,
    activity.regionName
      ? `${activity.regionName}${activity.kecamatanName ? `, ${activity.kecamatanName}` : ""}`
      : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const link = activity.placeKind === "online" && activity.placeDetail?.startsWith("https://");
  const facts = [
    { label: t("prevention.fields.type"), value: types.label(activity.typeCode) },
    {
      label: t("prevention.fields.when"),
      value: activity.endsAt
        ? `${formatDateTime(activity.startsAt)} – ${formatDateTime(activity.endsAt)}`
        : formatDateTime(activity.startsAt),
    },
    { label: t("prevention.fields.place"), value: place },
    ...(activity.placeDetail
      ? [
          {
            label: link ? t("prevention.fields.linkShown") : t("prevention.fields.placeDetailShown"),
            value: link ? (
              <Anchor href={activity.placeDetail} target="_blank" rel="noopener noreferrer">
                {activity.placeDetail}
              </Anchor>
            ) : (
              activity.placeDetail
            ),
          },
        ]
      : []),
    {
      label: t("prevention.fields.targetGroups"),
      value: activity.targetGroupCodes.map((code) => targetGroups.label(code)).join(", "),
    },
    { label: t("prevention.fields.organizer"), value: activity.organizerName },
    ...(activity.partners.length > 0
      ? [
          {
            label: t("prevention.fields.partnersShown"),
            value: activity.partners.map((p) => p.name).join(", "),
          },
        ]
      : []),
    ...(activity.workingGroupName
      ? [
          {
            label: t("prevention.fields.workingGroup"),
            value: i18n.language === "en" ? activity.workingGroupName.en : activity.workingGroupName.id,
          },
        ]
      : []),
    ...(activity.cancelReason
      ? [{ label: t("prevention.fields.cancelReason"), value: activity.cancelReason }]
      : []),
    ...(activity.createdByName
      ? [
          {
            label: t("prevention.fields.recordedBy"),
            value: `${activity.createdByName} · ${formatDateTime(activity.createdAt)}`,
          },
        ]
      : []),
  ];
  return (
    <Stack gap="lg">
      <FactList facts={facts} />
      {activity.notes ? (
        <div>
          <Text size="sm" c="dimmed">
            {t("prevention.fields.notes")}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }}>{activity.notes}</Text>
        </div>
      ) : null}
      {activity.counts ? (
        <div>
          <CountsTable counts={activity.counts} estimate={activity.participantSource === "counts"} />
        </div>
      ) : (
        <Text c="dimmed">{t("prevention.participants.none")}</Text>
      )}
    </Stack>
  );
}
