import { Badge, Button, Card, Group, Modal, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentDto } from "../../../shared/consents.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useConsents, useWithdrawConsent } from "./care-api.ts";
import { ChildBadge } from "./case-badges.tsx";
import { ConsentForm } from "./consent-form.tsx";

/** The victim's consent to be referred: the rule every referral checks, shown where referrals start. */
export function ConsentStatus({ caseId, victim }: { caseId: string; victim: CasePersonDto }) {
  const { t } = useTranslation();
  const consents = useConsents(caseId, victim.id);
  if (!consents.data) return null;
  const active = consents.data.items.find((item) => item.active);
  return active ? (
    <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />}>
      {t("cases.consent.given")}
    </Badge>
  ) : (
    <Badge color="red" variant="light" leftSection={<IconCircleX size={14} aria-hidden />}>
      {t("cases.consent.missing")}
    </Badge>
  );
}

export function useActiveConsent(caseId: string, casePersonId: string | null) {
  const consents = useConsents(caseId, casePersonId ?? "");
  return {
    loading: casePersonId !== null && consents.isPending,
    active: casePersonId ? (consents.data?.items.find((item) => item.active) ?? null) : null,
  };
}

/** One victim's consents, the active one first, with record and withdraw. */
export function ConsentCard({
  caseId,
  victim,
  guardians,
  canManage,
}: {
  caseId: string;
  victim: CasePersonDto;
  guardians: CasePersonDto[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const consents = useConsents(caseId, victim.id);
  const withdraw = useWithdrawConsent(caseId);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentDto | null>(null);
  const items = consents.data?.items ?? [];
  const active = items.find((item) => item.active) ?? null;

  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} ff="monospace">
              {victim.code}
            </Text>
            {victim.isChild ? <ChildBadge /> : null}
            <ConsentStatus caseId={caseId} victim={victim} />
          </Group>
          {active ? (
            <ConsentLine consent={active} />
          ) : (
            <Text size="sm">{t("cases.consent.missingBody")}</Text>
          )}
          {items.filter((item) => !item.active).length > 0 ? (
            <details>
              <summary style={{ cursor: "pointer" }}>
                <Text span size="sm">
                  {t("cases.consent.history")}
                </Text>
              </summary>
              <Stack gap={4} mt={4}>
                {items
                  .filter((item) => !item.active)
                  .map((item) => (
                    <ConsentLine key={item.id} consent={item} />
                  ))}
              </Stack>
            </details>
          ) : null}
        </Stack>
        {canManage ? (
          <Group gap="xs">
            {active ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => {
                  withdraw.reset();
                  setWithdrawing(active);
                }}
              >
                {t("cases.consent.withdraw")}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant={active ? "default" : "filled"}
              onClick={() => setRecording(true)}
              aria-label={t("cases.consent.recordFor", { code: victim.code })}
            >
              {t("cases.consent.record")}
            </Button>
          </Group>
        ) : null}
      </Group>
      <Modal
        opened={recording}
        onClose={() => setRecording(false)}
        title={t("cases.consent.recordTitle", { code: victim.code })}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {recording ? (
          <ConsentForm
            caseId={caseId}
            victim={victim}
            guardians={guardians}
            onDone={() => setRecording(false)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={withdrawing !== null}
        title={t("cases.consent.withdrawTitle", { code: victim.code })}
        message={t("cases.consent.withdrawBody")}
        confirmLabel={t("cases.consent.withdraw")}
        danger
        loading={withdraw.isPending}
        error={withdraw.error?.message ?? null}
        onConfirm={() =>
          withdrawing &&
          withdraw.mutate(
            { casePersonId: victim.id, consentId: withdrawing.id },
            {
              onSuccess: () => {
                notifySuccess(t("cases.consent.withdrawn", { code: victim.code }));
                setWithdrawing(null);
              },
            },
          )
        }
        onClose={() => setWithdrawing(null)}
      />
    </Card>
  );
}

function ConsentLine({ consent }: { consent: ConsentDto }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const giver =
    consent.givenBy === "victim"
      ? t("cases.consent.byVictim")
      : consent.guardianCode
        ? t("cases.consent.byGuardian", { code: consent.guardianCode })
        : t("cases.consent.givers.guardian");
  return (
    <Text size="sm">
      {t("cases.consent.line", {
        giver,
        method: t(`cases.consent.methods.${consent.method}`),
        date: formatDay(consent.givenOn),
      })}
      {consent.scope ? ` — ${consent.scope}` : ""}
      {consent.withdrawnAt
        ? ` (${t("cases.consent.withdrawnAt", { time: formatDateTime(consent.withdrawnAt) })})`
        : ""}
    </Text>
  );
}
