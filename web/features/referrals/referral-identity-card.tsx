import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconEye, IconEyeOff, IconLock, IconShieldLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type IdentityField, identityFields } from "../../../shared/people.ts";
import {
  openReferralStatuses,
  type ReceivedReferralDto,
  type RevealedIdentity,
} from "../../../shared/referrals.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useMe } from "../../app/session-context.tsx";
import { formatDay } from "../../ui/format-day.ts";
import { FactList } from "../complaints/fact-list.tsx";
import { useRevealReferralIdentity } from "./referrals-api.ts";

/**
 * The identity fields the sender chose to share, hidden until the user asks. Each reveal is a
 * fresh request the server audits; the answer lives only in this component, never in the cache.
 */
export function ReferralIdentityCard({ referral }: { referral: ReceivedReferralDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const reveal = useRevealReferralIdentity(referral.id);
  const [shown, setShown] = useState<RevealedIdentity | null>(null);
  const open = openReferralStatuses.includes(referral.status);
  const shared = identityFields.filter((field) => referral.sharedFields.includes(field));
  const needsSecondFactor = me.secondFactor.required && !me.secondFactor.verified;
  const refusedForSecondFactor =
    isApiError(reveal.error, "forbidden") || isApiError(reveal.error, "second_factor_required");

  function show() {
    reveal.mutate(undefined, { onSuccess: setShown });
  }

  function hide() {
    setShown(null);
    reveal.reset();
  }

  const fieldLabel = (field: IdentityField) => t(`intake.referral.fields.${field}`);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="referral-identity">
      <Title order={2} size="h4" mb="sm" id="referral-identity">
        {t("intake.referral.identity")}
      </Title>
      <Stack gap="sm">
        {shared.length === 0 ? (
          <Text>{t("intake.referral.nothingShared")}</Text>
        ) : (
          <Text size="sm">
            {t("intake.referral.sharedFields", { fields: shared.map(fieldLabel).join(", ") })}
          </Text>
        )}
        {shared.length > 0 && !open ? <Text c="dimmed">{t("intake.referral.identityClosed")}</Text> : null}

        {shared.length > 0 && open && !referral.abilities.reveal ? (
          needsSecondFactor ? (
            <SecondFactorNeeded />
          ) : (
            <Text c="dimmed">{t("intake.referral.identityNotAllowed")}</Text>
          )
        ) : null}

        {shared.length > 0 && open && referral.abilities.reveal && !shown ? (
          <>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconLock size={16} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
              <Text size="sm">{t("intake.referral.revealAudited")}</Text>
            </Group>
            <Group>
              <Button
                variant="outline"
                leftSection={<IconEye size={18} aria-hidden />}
                loading={reveal.isPending}
                onClick={show}
              >
                {t("intake.referral.reveal")}
              </Button>
            </Group>
          </>
        ) : null}

        {reveal.isError ? (
          refusedForSecondFactor && me.secondFactor.required ? (
            <SecondFactorNeeded />
          ) : (
            <Alert color="red" role="alert">
              {reveal.error.message}
            </Alert>
          )
        ) : null}

        {shown ? (
          <>
            <FactList
              facts={shared.map((field) => {
                const value = shown.fields[field];
                return {
                  label: fieldLabel(field),
                  value: value
                    ? field === "birthDate"
                      ? formatDay(value, i18n.language) || value
                      : value
                    : t("intake.referral.notRecorded"),
                };
              })}
            />
            <Group>
              <Button variant="default" leftSection={<IconEyeOff size={18} aria-hidden />} onClick={hide}>
                {t("intake.referral.hide")}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function SecondFactorNeeded() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" icon={<IconShieldLock aria-hidden />} title={t("intake.referral.secondFactorTitle")}>
      <Text size="sm" mb="xs">
        {t("intake.referral.secondFactorBody")}
      </Text>
      <Anchor component={Link} to={paths.security} size="sm" fw={600}>
        {t("layout.secondFactorLink")}
      </Anchor>
    </Alert>
  );
}
