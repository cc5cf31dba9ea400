import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconCheck, IconCircleCheck, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ReceivedReferralDto } from "../../../shared/referrals.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { type Fact, FactList } from "../complaints/fact-list.tsx";
import { ReferralAnswerModal } from "./referral-answer-modal.tsx";
import { ChildBadge, OverdueBadge, ReferralStatusBadge } from "./referral-badges.tsx";
import { personSummary } from "./referral-card.tsx";
import { ReferralIdentityCard } from "./referral-identity-card.tsx";
import { useReferralLabels } from "./referral-labels.ts";
import { ReferralServicesCard } from "./referral-services-card.tsx";
import { useAnswerReferral, useReferral } from "./referrals-api.ts";

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={paths.referralInbox}
      size="sm"
      mb="sm"
      display="inline-flex"
      style={{ gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t("intake.referral.back")}
    </Anchor>
  );
}

/** `/rujukan/:referralId`: one referral as received: answer it, see what it shares, record services. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { referralId } = useParams();
  const referral = useReferral(referralId);

  if (referral.isPending) return <InlineLoader />;
  if (referral.isError) {
    const missing =
      isApiError(referral.error, "not_found") || isApiError(referral.error, "validation_failed");
    return (
      <>
        <BackLink />
        <PageHeader title={missing ? t("intake.referral.notFound") : t("intake.referral.fallbackTitle")} />
        {missing ? (
          <Text>{t("intake.referral.notFoundBody")}</Text>
        ) : (
          <QueryError error={referral.error} onRetry={() => void referral.refetch()} />
        )}
      </>
    );
  }
  return <ReferralView referral={referral.data} />;
}

function ReferralView({ referral }: { referral: ReceivedReferralDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const labels = useReferralLabels();
  const answer = useAnswerReferral(referral.id);
  const canReadCases = useCan("case.read");
  const [answering, setAnswering] = useState<"decline" | "complete" | null>(null);
  const { abilities } = referral;
  const person = personSummary(referral.person, labels);

  function accept() {
    answer.mutate(
      { action: "accept" },
      {
        onSuccess: () => notifySuccess(t("intake.referral.accept.done")),
        onError: (error) => notifyError(t("intake.referral.accept.failed"), error.message),
      },
    );
  }

  const facts: Fact[] = [
    { label: t("intake.referral.from"), value: referral.fromOrganizationName },
    { label: t("intake.referral.services"), value: referral.serviceTypes.map(labels.service).join(", ") },
    { label: t("intake.referral.sent"), value: formatDateTime(referral.sentAt) },
    {
      label: t("intake.referral.due"),
      value: (
        <Group gap="xs">
          <span>{formatDateTime(referral.dueAt)}</span>
          {referral.overdue ? <OverdueBadge /> : null}
        </Group>
      ),
    },
  ];
  if (referral.respondedAt) {
    facts.push({ label: t("intake.referral.respondedAt"), value: formatDateTime(referral.respondedAt) });
  }
  if (referral.declineReason)
    facts.push({ label: t("intake.referral.declineReason"), value: referral.declineReason });
  if (referral.completedAt) {
    facts.push({ label: t("intake.referral.completedAt"), value: formatDateTime(referral.completedAt) });
  }
  if (referral.completionNote) {
    facts.push({ label: t("intake.referral.completionNote"), value: referral.completionNote });
  }
  // Only for someone who also reaches the case (e.g. the sender's coordinator); never a service provider.
  if (referral.case && canReadCases) {
    facts.push({
      label: t("intake.complaint.case"),
      value: (
        <Anchor component={Link} to={paths.case(referral.case.id)}>
          {referral.case.number}
        </Anchor>
      ),
    });
  }

  const showServices = referral.status === "accepted" || referral.status === "completed";

  return (
    <>
      <BackLink />
      <PageHeader
        title={t("intake.referral.title", { code: referral.person.code })}
        actions={
          <>
            {abilities.accept ? (
              <Button
                leftSection={<IconCheck size={18} aria-hidden />}
                loading={answer.isPending}
                onClick={accept}
              >
                {t("intake.referral.accept.submit")}
              </Button>
            ) : null}
            {abilities.decline ? (
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={18} aria-hidden />}
                onClick={() => setAnswering("decline")}
              >
                {t("intake.referral.decline.open")}
              </Button>
            ) : null}
            {abilities.complete ? (
              <Button
                leftSection={<IconCircleCheck size={18} aria-hidden />}
                onClick={() => setAnswering("complete")}
              >
                {t("intake.referral.complete.open")}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <ReferralStatusBadge status={referral.status} />
          {referral.overdue ? <OverdueBadge /> : null}
        </Group>
        {referral.status === "sent" ? <Text>{t("intake.referral.awaitingAnswer")}</Text> : null}

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="referral-person">
          <Title order={2} size="h4" mb="sm" id="referral-person">
            {t("intake.referral.person")}
          </Title>
          <Stack gap="xs">
            <Text ff="monospace" fw={700} fz="lg">
              {referral.person.code}
            </Text>
            {person || referral.person.isChild ? (
              <Group gap="xs">
                {person ? <Text>{person}</Text> : null}
                {referral.person.isChild ? <ChildBadge /> : null}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t("intake.referral.personClosed")}
              </Text>
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="referral-details">
          <Title order={2} size="h4" mb="sm" id="referral-details">
            {t("intake.referral.details")}
          </Title>
          <FactList facts={facts} />
          {referral.message ? (
            <Stack gap={4} mt="md">
              <Text size="sm" c="dimmed">
                {t("intake.referral.message")}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{referral.message}</Text>
            </Stack>
          ) : null}
        </Paper>

        <ReferralIdentityCard referral={referral} />
        {showServices ? <ReferralServicesCard referral={referral} serviceLabel={labels.service} /> : null}
      </Stack>
      <ReferralAnswerModal referralId={referral.id} kind={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
