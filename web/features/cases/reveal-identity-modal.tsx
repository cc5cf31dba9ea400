import { Alert, Anchor, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CasePersonDto, IdentityDto } from "../../../shared/people.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useMe } from "../../app/session-context.tsx";
import { useRevealIdentity } from "./people-api.ts";

type RevealIdentityModalProps = {
  caseId: string;
  person: CasePersonDto | null;
  onClose: () => void;
  onRevealed: (identity: IdentityDto) => void;
};

/**
 * "Tampilkan identitas": a deliberate step that says it is audited. A role that must use
 * two-step verification and has not yet is told so, with the way to turn it on.
 */
export function RevealIdentityModal({ caseId, person, onClose, onRevealed }: RevealIdentityModalProps) {
  const { t } = useTranslation();
  const me = useMe();
  const reveal = useRevealIdentity(caseId);
  const needsSecondFactor =
    me.secondFactor.required && !me.secondFactor.verified && !me.permissions.includes("identity.reveal");
  const refusedForSecondFactor =
    isApiError(reveal.error, "forbidden") && me.secondFactor.required && !me.secondFactor.verified;

  function close() {
    reveal.reset();
    onClose();
  }

  function confirm() {
    if (!person) return;
    reveal.mutate(person.id, {
      onSuccess: (identity) => {
        reveal.reset();
        onRevealed(identity);
      },
    });
  }

  return (
    <Modal
      opened={person !== null}
      onClose={close}
      title={t("cases.reveal.title", { code: person?.code ?? "" })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {needsSecondFactor || refusedForSecondFactor ? (
        <Stack gap="md">
          <Alert
            color="red"
            icon={<IconShieldLock aria-hidden />}
            title={t("cases.reveal.secondFactorTitle")}
          >
            <Text size="sm" mb="xs">
              {t("cases.reveal.secondFactorBody")}
            </Text>
            <Anchor component={Link} to={paths.security} size="sm" fw={600}>
              {t("cases.reveal.setUpSecondFactor")}
            </Anchor>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.close")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t("cases.reveal.body")}</Text>
          <Alert color="blue" icon={<IconShieldLock aria-hidden />}>
            {t("cases.reveal.audited")}
          </Alert>
          {reveal.error ? (
            <Text c="red.9" size="sm" role="alert">
              {reveal.error.message}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button loading={reveal.isPending} onClick={confirm}>
              {t("cases.reveal.confirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
