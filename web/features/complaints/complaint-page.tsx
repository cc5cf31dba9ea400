import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconEye, IconGavel, IconLock, IconShieldLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ComplaintDto } from "../../../shared/complaints.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ComplaintStatusBadge, complaintPlace, TriageOutcomeBadge } from "./complaint-badges.tsx";
import { useComplaint, useReviewComplaint } from "./complaints-api.ts";
import { FactList } from "./fact-list.tsx";
import { TriageModal } from "./triage-modal.tsx";
import { useTerms } from "./use-terms.ts";

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.complaints} size="sm" mb="sm" display="inline-flex" style={{ gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden />
      {t("intake.detail.back")}
    </Anchor>
  );
}

/** `/pengaduan/:complaintId`: one complaint, its reporter as far as the session may see, and triage. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { complaintId } = useParams();
  const complaint = useComplaint(complaintId);

  if (complaint.isPending) return <InlineLoader />;
  if (complaint.isError) {
    const missing =
      isApiError(complaint.error, "not_found") || isApiError(complaint.error, "validation_failed");
    return (
      <>
        <BackLink />
        <PageHeader title={missing ? t("intake.detail.notFound") : t("intake.detail.fallbackTitle")} />
        {missing ? (
          <Text>{t("intake.detail.notFoundBody")}</Text>
        ) : (
          <QueryError error={complaint.error} onRetry={() => void complaint.refetch()} />
        )}
      </>
    );
  }
  return <ComplaintView complaint={complaint.data} />;
}

function ComplaintView({ complaint }: { complaint: ComplaintDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const channels = useTerms("complaint_channel");
  const review = useReviewComplaint(complaint.id);
  const [triaging, setTriaging] = useState(false);
  const place = complaintPlace(complaint, i18n.language);
  // The secretariat reaches every warning; others may only hold the code.
  const readsWarnings = useCan("early_warning.manage");

  function startReview() {
    review.mutate(undefined, {
      onSuccess: () => notifySuccess(t("intake.detail.reviewStarted")),
      onError: (error) => notifyError(t("intake.detail.reviewFailed"), error.message),
    });
  }

  return (
    <>
      <BackLink />
      <PageHeader
        title={t("intake.detail.title", { code: complaint.trackingCode })}
        actions={
          <>
            {complaint.abilities.review ? (
              <Button
                variant="default"
                leftSection={<IconEye size={18} aria-hidden />}
                loading={review.isPending}
                onClick={startReview}
              >
                {t("intake.detail.review")}
              </Button>
            ) : null}
            {complaint.abilities.triage ? (
              <Button leftSection={<IconGavel size={18} aria-hidden />} onClick={() => setTriaging(true)}>
                {t("intake.detail.triage")}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <ComplaintStatusBadge status={complaint.status} />
          {complaint.triageOutcome ? <TriageOutcomeBadge outcome={complaint.triageOutcome} /> : null}
        </Group>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-summary">
          <Title order={2} size="h4" mb="sm" id="complaint-summary">
            {t("intake.detail.summary")}
          </Title>
          <FactList
            facts={[
              { label: t("intake.complaint.channel"), value: channels.label(complaint.channel) },
              {
                label: t("intake.complaint.source"),
                value: t(`intake.complaint.sources.${complaint.source}`),
              },
              {
                label: t("intake.complaint.receivedAt"),
                value: `${formatDateTime(complaint.receivedAt)} (${
                  complaint.ageDays === 0
                    ? t("intake.complaint.ageToday")
                    : t("intake.complaint.age", { count: complaint.ageDays })
                })`,
              },
              {
                label: t("intake.complaint.recordedBy"),
                value: complaint.recordedByName ?? t("intake.complaint.recordedByPublic"),
              },
              { label: t("intake.complaint.place"), value: place ?? t("intake.complaint.placeUnknown") },
              ...(complaint.placeDetail
                ? [{ label: t("intake.complaint.placeDetail"), value: complaint.placeDetail }]
                : []),
              ...(complaint.earlyWarning
                ? [
                    {
                      label: t("warnings.detail.fromWarning"),
                      value: readsWarnings ? (
                        <Anchor component={Link} to={paths.warning(complaint.earlyWarning.id)} ff="monospace">
                          {complaint.earlyWarning.code}
                        </Anchor>
                      ) : (
                        complaint.earlyWarning.code
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Paper>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-story">
          <Title order={2} size="h4" mb="sm" id="complaint-story">
            {t("intake.detail.story")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{complaint.story}</Text>
        </Paper>

        <ReporterSection complaint={complaint} />
        <HistorySection complaint={complaint} channelLabel={channels.label(complaint.channel)} />
      </Stack>
      <TriageModal complaint={complaint} opened={triaging} onClose={() => setTriaging(false)} />
    </>
  );
}

function ReporterSection({ complaint }: { complaint: ComplaintDto }) {
  const { t } = useTranslation();
  const { reporter } = complaint;
  const relation = reporter.relation
    ? [{ label: t("intake.detail.relation"), value: reporter.relation }]
    : [];
  const shown = reporter.name !== null || reporter.contact !== null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-reporter">
      <Title order={2} size="h4" mb="sm" id="complaint-reporter">
        {t("intake.detail.reporter")}
      </Title>
      <Stack gap="sm">
        {reporter.anonymous ? <Text fw={500}>{t("intake.detail.anonymous")}</Text> : null}
        {reporter.identityWithheld ? (
          <Alert color="gray" icon={<IconShieldLock aria-hidden />} title={t("intake.detail.withheldTitle")}>
            <Text size="sm" mb="xs">
              {t("intake.detail.withheldBody")}
            </Text>
            <Anchor component={Link} to={paths.security} size="sm" fw={600}>
              {t("layout.secondFactorLink")}
            </Anchor>
          </Alert>
        ) : null}
        {!reporter.anonymous && !reporter.identityWithheld && !shown ? (
          <Text c="dimmed">{t("intake.detail.noIdentity")}</Text>
        ) : null}
        <FactList
          facts={[
            ...(reporter.name !== null ? [{ label: t("intake.detail.name"), value: reporter.name }] : []),
            ...(reporter.contact !== null
              ? [{ label: t("intake.detail.contact"), value: reporter.contact }]
              : []),
            ...relation,
          ]}
        />
        {shown ? (
          <Group gap={6} wrap="nowrap">
            <IconLock size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t("intake.detail.identityAudited")}
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function HistorySection({ complaint, channelLabel }: { complaint: ComplaintDto; channelLabel: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { triage } = complaint;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-history">
      <Title order={2} size="h4" mb="sm" id="complaint-history">
        {t("intake.detail.history")}
      </Title>
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
        <li>
          <Text size="sm" c="dimmed">
            {formatDateTime(complaint.receivedAt)}
          </Text>
          <Text>{t("intake.detail.historyReceived", { channel: channelLabel })}</Text>
          {complaint.recordedByName ? (
            <Text size="sm">{t("intake.detail.historyRecordedBy", { name: complaint.recordedByName })}</Text>
          ) : null}
        </li>
        {complaint.status === "under_review" ? (
          <li>
            <Text size="sm" c="dimmed">
              {formatDateTime(complaint.updatedAt)}
            </Text>
            <Text>{t("intake.detail.historyReview")}</Text>
          </li>
        ) : null}
        {triage ? (
          <li>
            <Text size="sm" c="dimmed">
              {formatDateTime(triage.triagedAt)}
            </Text>
            <Text fw={600}>{t(`intake.complaint.outcome.${triage.outcome}`)}</Text>
            {triage.triagedByName ? (
              <Text size="sm">{t("intake.detail.historyTriagedBy", { name: triage.triagedByName })}</Text>
            ) : null}
            {triage.referredToOrganizationName || triage.referredToName ? (
              <Text size="sm">
                {t("intake.detail.referredTo", {
                  name: triage.referredToOrganizationName ?? triage.referredToName,
                })}
              </Text>
            ) : null}
            {complaint.caseId && complaint.caseNumber ? (
              <Text size="sm">
                {t("intake.complaint.case")}:{" "}
                <Anchor component={Link} to={paths.case(complaint.caseId)} fw={600}>
                  {complaint.caseNumber}
                </Anchor>
              </Text>
            ) : null}
            {triage.reason ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {t("intake.detail.reasonLabel")}: {triage.reason}
              </Text>
            ) : null}
          </li>
        ) : (
          <li>
            <Text c="dimmed">{t("intake.detail.notTriaged")}</Text>
          </li>
        )}
      </Stack>
    </Paper>
  );
}
