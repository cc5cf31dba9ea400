import { Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import type { CaseReferralDto } from "../../../shared/referrals.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useCancelReferral, useCaseReferrals } from "./care-api.ts";
import { ConsentForm } from "./consent-form.tsx";
import { ConsentCard } from "./consent-panel.tsx";
import { useCasePeople } from "./people-api.ts";
import { ReferralCard } from "./referral-card.tsx";
import { ReferralForm } from "./referral-form.tsx";

export function ReferralsTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const people = useCasePeople(theCase.id);
  const referrals = useCaseReferrals(theCase.id);
  const cancel = useCancelReferral();
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const [sending, setSending] = useState(false);
  const [consentFor, setConsentFor] = useState<CasePersonDto | null>(null);
  const [cancelling, setCancelling] = useState<CaseReferralDto | null>(null);

  if (people.isPending || referrals.isPending) return <InlineLoader />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  if (referrals.isError)
    return <QueryError error={referrals.error} onRetry={() => void referrals.refetch()} />;

  const victims = people.data.items.filter((person) => person.role === "victim");
  const guardians = people.data.items.filter((person) => person.role === "guardian");
  const items = referrals.data.items;

  return (
    <Stack gap="lg">
      <section aria-labelledby="referrals-consent">
        <Title order={2} size="h3" id="referrals-consent" mb={4}>
          {t("cases.consent.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={720}>
          {t("cases.consent.rule")}
        </Text>
        {victims.length === 0 ? (
          <Text>{t("cases.people.noVictimsYet")}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {victims.map((victim) => (
              <ConsentCard
                key={victim.id}
                caseId={theCase.id}
                victim={victim}
                guardians={guardians}
                canManage={theCase.abilities.update}
              />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="referrals-list">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="referrals-list">
            {t("cases.referrals.title")}
          </Title>
          {theCase.abilities.update && victims.length > 0 ? (
            <Button leftSection={<IconSend size={18} aria-hidden />} onClick={() => setSending(true)}>
              {t("cases.referrals.new")}
            </Button>
          ) : null}
        </Group>
        {items.length === 0 ? (
          <Text>{t("cases.referrals.empty")}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {items.map((referral) => (
              <ReferralCard
                key={referral.id}
                referral={referral}
                onCancel={() => {
                  cancel.reset();
                  setCancelling(referral);
                }}
              />
            ))}
          </Stack>
        )}
      </section>
      <Modal
        opened={sending}
        onClose={() => setSending(false)}
        size="lg"
        fullScreen={isPhone}
        title={t("cases.referrals.new")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {sending ? (
          <ReferralForm
            theCase={theCase}
            victims={victims}
            onRecordConsent={(victim) => setConsentFor(victim)}
            onDone={() => setSending(false)}
          />
        ) : null}
      </Modal>
      <Modal
        opened={consentFor !== null}
        onClose={() => setConsentFor(null)}
        title={t("cases.consent.recordTitle", { code: consentFor?.code ?? "" })}
        closeButtonProps={{ "aria-label": t("common.close") }}
        zIndex={300}
      >
        {consentFor ? (
          <ConsentForm
            caseId={theCase.id}
            victim={consentFor}
            guardians={guardians}
            onDone={() => setConsentFor(null)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={cancelling !== null}
        title={t("cases.referrals.cancelTitle", { organization: cancelling?.toOrganizationName ?? "" })}
        message={t("cases.referrals.cancelBody")}
        confirmLabel={t("cases.referrals.cancel")}
        danger
        loading={cancel.isPending}
        error={cancel.error?.message ?? null}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              notifySuccess(t("cases.referrals.cancelled"));
              setCancelling(null);
            },
          })
        }
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}
