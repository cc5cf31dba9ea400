import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReceivedReferralDto } from "../../../shared/referrals.ts";
import { formatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useReferralServices } from "./referrals-api.ts";
import { ServiceFormModal } from "./service-form-modal.tsx";

type ReferralServicesCardProps = {
  referral: ReceivedReferralDto;
  serviceLabel: (code: string) => string;
};

/** The services given under the referral; the receiving organisation records them while it is accepted. */
export function ReferralServicesCard({ referral, serviceLabel }: ReferralServicesCardProps) {
  const { t, i18n } = useTranslation();
  const services = useReferralServices(referral.id, true);
  const [recording, setRecording] = useState(false);
  const items = services.data?.items ?? [];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="referral-services">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="referral-services">
          {t("intake.service.sectionTitle")}
        </Title>
        {referral.abilities.recordService ? (
          <Button
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setRecording(true)}
          >
            {t("intake.service.add")}
          </Button>
        ) : null}
      </Group>
      {services.isPending ? <InlineLoader /> : null}
      {services.isError ? (
        <QueryError error={services.error} onRetry={() => void services.refetch()} />
      ) : null}
      {services.isSuccess && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {referral.abilities.recordService ? t("intake.service.emptyCanRecord") : t("intake.service.empty")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((service) => {
            const started = formatDay(service.startedOn, i18n.language) || null;
            const ended = formatDay(service.endedOn, i18n.language) || null;
            return (
              <li key={service.id}>
                <Group gap="xs">
                  <Text fw={600}>{serviceLabel(service.serviceTypeCode)}</Text>
                  <Badge variant="light" color={service.status === "delivered" ? "teal" : "gray"}>
                    {t(`intake.service.status.${service.status}`)}
                  </Badge>
                </Group>
                {started || ended ? (
                  <Text size="sm">
                    {started && ended
                      ? t("intake.service.period", { from: started, to: ended })
                      : t("intake.service.since", { from: started ?? ended })}
                  </Text>
                ) : null}
                {service.outcome ? (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {service.outcome}
                  </Text>
                ) : null}
                {service.recordedByName ? (
                  <Text size="xs" c="dimmed">
                    {t("intake.service.recordedBy", { name: service.recordedByName })}
                  </Text>
                ) : null}
              </li>
            );
          })}
        </Stack>
      ) : null}
      <ServiceFormModal
        referralId={referral.id}
        serviceOptions={referral.serviceTypes.map((code) => ({ value: code, label: serviceLabel(code) }))}
        opened={recording}
        onClose={() => setRecording(false)}
      />
    </Paper>
  );
}
