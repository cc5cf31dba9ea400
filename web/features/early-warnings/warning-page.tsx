import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconCheck, IconHeartHandshake, IconSend, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { EarlyWarningDto } from "../../../shared/early-warnings.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { FactList } from "../complaints/fact-list.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { CloseModal } from "./close-modal.tsx";
import { useWarning } from "./early-warnings-api.ts";
import { EscalateModal } from "./escalate-modal.tsx";
import { VerifyModal } from "./verify-modal.tsx";
import { UrgencyBadge, usePlaceName, WarningStatusBadge } from "./warning-badges.tsx";
import { WarningPhoto } from "./warning-photo.tsx";
import { WarningTimeline } from "./warning-timeline.tsx";

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.warnings} size="sm" mb="sm" display="inline-flex" style={{ gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden />
      {t("warnings.detail.back")}
    </Anchor>
  );
}

/** `/kewaspadaan/:warningId`: one report, where it went, its timeline, and the secretariat's steps. */
export function WarningPage() {
  const { t } = useTranslation();
  const { warningId } = useParams();
  const warning = useWarning(warningId);

  if (warning.isPending) return <InlineLoader />;
  if (warning.isError) {
    const missing = isApiError(warning.error, "not_found") || isApiError(warning.error, "validation_failed");
    return (
      <>
        <BackLink />
        <PageHeader title={missing ? t("warnings.detail.notFound") : t("warnings.detail.fallbackTitle")} />
        {missing ? (
          <Text>{t("warnings.detail.notFoundBody")}</Text>
        ) : (
          <QueryError error={warning.error} onRetry={() => void warning.refetch()} />
        )}
      </>
    );
  }
  return <WarningView warning={warning.data} />;
}

type Step = "verify" | "escalate" | "close" | null;

function WarningView({ warning }: { warning: EarlyWarningDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  const placeName = usePlaceName();
  const kinds = useTerms("early_warning_type");
  const manages = useCan("early_warning.manage");
  const [step, setStep] = useState<Step>(null);
  const { abilities } = warning;

  return (
    <>
      <BackLink />
      <PageHeader
        title={t("warnings.detail.title", { code: warning.code })}
        actions={
          <>
            {abilities.verify ? (
              <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => setStep("verify")}>
                {t("warnings.verify.action")}
              </Button>
            ) : null}
            {abilities.escalate ? (
              <Button leftSection={<IconSend size={18} aria-hidden />} onClick={() => setStep("escalate")}>
                {t("warnings.escalate.action")}
              </Button>
            ) : null}
            {abilities.close ? (
              <Button
                variant="default"
                leftSection={<IconX size={18} aria-hidden />}
                onClick={() => setStep("close")}
              >
                {t("warnings.close.action")}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <WarningStatusBadge status={warning.status} />
          <UrgencyBadge urgency={warning.urgency} />
        </Group>
        {warning.ledToAction && !manages ? (
          <Alert
            color="teal"
            icon={<IconHeartHandshake aria-hidden />}
            title={t("warnings.detail.thanksTitle")}
            data-testid="warning-thanks"
          >
            {t(`warnings.detail.thanksBody.${warning.escalation?.to ?? "complaint"}`)}
          </Alert>
        ) : null}
        {warning.status === "new" && !manages ? <Text c="dimmed">{t("warnings.detail.waiting")}</Text> : null}

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="warning-summary">
          <Title order={2} size="h4" mb="sm" id="warning-summary">
            {t("warnings.detail.summary")}
          </Title>
          <FactList
            facts={[
              { label: t("warnings.fields.kind"), value: kinds.label(warning.kind) },
              { label: t("warnings.fields.region"), value: placeName(warning) },
              ...(warning.placeDetail
                ? [{ label: t("warnings.fields.placeDetail"), value: warning.placeDetail }]
                : []),
              {
                label: t("warnings.detail.observed"),
                value: `${formatDay(warning.observedOn)}${
                  warning.observedTime
                    ? ` ${t("warnings.detail.atTime", { time: warning.observedTime })}`
                    : ""
                }`,
              },
              {
                label: t("warnings.detail.reporter"),
                value: t("warnings.detail.reporterValue", {
                  name: warning.reportedByName,
                  organization: warning.organizationName,
                }),
              },
              { label: t("warnings.detail.filedAt"), value: formatDateTime(warning.createdAt) },
            ]}
          />
        </Paper>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="warning-description">
          <Title order={2} size="h4" mb="sm" id="warning-description">
            {t("warnings.fields.description")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{warning.description}</Text>
        </Paper>

        {warning.photo ? <WarningPhoto warning={{ ...warning, photo: warning.photo }} /> : null}
        {warning.escalation ? <EscalationSection warning={warning} /> : null}
        <WarningTimeline warning={warning} />
      </Stack>
      <VerifyModal warning={warning} opened={step === "verify"} onClose={() => setStep(null)} />
      <EscalateModal warning={warning} opened={step === "escalate"} onClose={() => setStep(null)} />
      <CloseModal warning={warning} opened={step === "close"} onClose={() => setStep(null)} />
    </>
  );
}

/** Where the warning went: the complaint it became (a link for the intake staff) or the police unit. */
function EscalationSection({ warning }: { warning: EarlyWarningDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const readsComplaints = useCan("complaint.manage");
  const escalation = warning.escalation!;
  const complaint =
    escalation.complaintId && escalation.complaintTrackingCode ? (
      readsComplaints ? (
        <Anchor component={Link} to={paths.complaint(escalation.complaintId)} ff="monospace" fw={600}>
          {escalation.complaintTrackingCode}
        </Anchor>
      ) : (
        <Text span ff="monospace">
          {escalation.complaintTrackingCode}
        </Text>
      )
    ) : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="warning-escalation">
      <Title order={2} size="h4" mb="sm" id="warning-escalation">
        {t("warnings.detail.escalation")}
      </Title>
      <FactList
        facts={[
          { label: t("warnings.detail.escalatedTo"), value: t(`warnings.escalate.targets.${escalation.to}`) },
          { label: t("warnings.detail.escalatedAt"), value: formatDateTime(escalation.at) },
          ...(complaint ? [{ label: t("warnings.detail.complaint"), value: complaint }] : []),
          ...(escalation.to === "police"
            ? [
                {
                  label: t("warnings.detail.policeUnit"),
                  value: escalation.policeOrganizationName ?? escalation.policeUnitName ?? "",
                },
              ]
            : []),
        ]}
      />
    </Paper>
  );
}
