import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReceivedReferralDto } from "../../../shared/referrals.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { ChildBadge, OverdueBadge, ReferralStatusBadge } from "./referral-badges.tsx";

type Labels = {
  sex: (code: string) => string;
  ageGroup: (code: string) => string;
  service: (code: string) => string;
};

/** The person as the receiving side knows them: a pseudonymous code and, while open, demographics. */
export function personSummary(person: ReceivedReferralDto["person"], labels: Labels): string | null {
  const parts = [
    person.sexCode ? labels.sex(person.sexCode) : null,
    person.ageGroupCode ? labels.ageGroup(person.ageGroupCode) : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** One referral of the inbox, as a card: who, which services, from whom, answer due when. */
export function ReferralCard({ referral, labels }: { referral: ReceivedReferralDto; labels: Labels }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const person = personSummary(referral.person, labels);
  const waiting = referral.status === "sent";

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      style={referral.overdue ? { borderColor: "var(--mantine-color-red-9)" } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Anchor component={Link} to={paths.referral(referral.id)} ff="monospace" fw={700} fz="lg">
            {referral.person.code}
          </Anchor>
          <Group gap={6}>
            <ReferralStatusBadge status={referral.status} />
            {referral.overdue ? <OverdueBadge /> : null}
          </Group>
        </Group>
        {person || referral.person.isChild ? (
          <Group gap="xs">
            {person ? <Text size="sm">{person}</Text> : null}
            {referral.person.isChild ? <ChildBadge /> : null}
          </Group>
        ) : null}
        <Text size="sm">
          {t("intake.referral.services")}: {referral.serviceTypes.map(labels.service).join(", ")}
        </Text>
        <Text size="sm">
          {t("intake.referral.from")}: {referral.fromOrganizationName}
        </Text>
        <Text size="sm" c={referral.overdue ? "red.9" : undefined} fw={referral.overdue ? 700 : undefined}>
          {waiting
            ? t("intake.referral.dueAt", { time: formatDateTime(referral.dueAt) })
            : t("intake.referral.sentAt", { time: formatDateTime(referral.sentAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}
