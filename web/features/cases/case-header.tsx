import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowBackUp, IconCheck, IconChecklist, IconPencil, IconX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CaseDto } from "../../../shared/cases.ts";
import { paths } from "../../app/paths.ts";
import { formatKnownDay } from "../../ui/format-day.ts";
import { CaseStatusBadge, RiskBadge } from "./case-badges.tsx";
import { CaseEditModal } from "./case-edit-modal.tsx";
import { ApproveClosureModal, ClosureRequestModal, ReasonModal } from "./closure-modals.tsx";

type Dialog = "edit" | "request" | "approve" | "reject" | "reopen" | null;

/** The case's identity and the actions its abilities allow; the page's single h1. */
export function CaseHeader({ theCase }: { theCase: CaseDto }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { abilities } = theCase;
  const close = () => setDialog(null);

  useEffect(() => {
    document.title = `${theCase.number} · Gugus`;
  }, [theCase.number]);

  return (
    <Stack gap="xs" mb="md">
      <Anchor component={Link} to={paths.cases} size="sm">
        {t("cases.page.backToList")}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1}>{theCase.number}</Title>
          <Text size="lg">{theCase.title}</Text>
          <Group gap="xs">
            <CaseStatusBadge status={theCase.status} />
            <RiskBadge riskLevel={theCase.riskLevel} />
            {theCase.closureRequest && theCase.status !== "closed" ? (
              <Badge variant="outline" color="blue">
                {t("cases.list.closureRequested")}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t("cases.page.byline", {
              organization: theCase.leadOrganizationName,
              manager: theCase.caseManagerName ?? t("cases.page.noManager"),
              date: formatKnownDay(theCase.identifiedOn, theCase.identifiedOnPrecision, i18n.language),
            })}
          </Text>
        </Stack>
        <Group gap="xs">
          {abilities.update ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setDialog("edit")}
            >
              {t("cases.page.edit")}
            </Button>
          ) : null}
          {abilities.requestClosure ? (
            <Button
              variant="default"
              leftSection={<IconChecklist size={16} aria-hidden />}
              onClick={() => setDialog("request")}
            >
              {t("cases.closure.request")}
            </Button>
          ) : null}
          {abilities.approveClosure ? (
            <>
              <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setDialog("approve")}>
                {t("cases.closure.approve")}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setDialog("reject")}
              >
                {t("cases.closure.reject")}
              </Button>
            </>
          ) : null}
          {abilities.reopen ? (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} aria-hidden />}
              onClick={() => setDialog("reopen")}
            >
              {t("cases.closure.reopen")}
            </Button>
          ) : null}
        </Group>
      </Group>
      <CaseEditModal theCase={theCase} opened={dialog === "edit"} onClose={close} />
      <ClosureRequestModal theCase={theCase} opened={dialog === "request"} onClose={close} />
      <ApproveClosureModal theCase={theCase} opened={dialog === "approve"} onClose={close} />
      <ReasonModal
        theCase={theCase}
        action={dialog === "reopen" ? "reopen" : "reject"}
        opened={dialog === "reject" || dialog === "reopen"}
        onClose={close}
      />
    </Stack>
  );
}
