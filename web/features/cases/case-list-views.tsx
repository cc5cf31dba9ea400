import { Anchor, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CaseListItem } from "../../../shared/cases.ts";
import { paths } from "../../app/paths.ts";
import { formatKnownDay } from "../../ui/format-day.ts";
import { CaseStatusBadge, OverdueBadge, RiskBadge } from "./case-badges.tsx";
import { useTerms } from "./vocabulary-terms.ts";

function useRowText() {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  return (item: CaseListItem) => ({
    identifiedOn: formatKnownDay(item.identifiedOn, item.identifiedOnPrecision, i18n.language),
    region: item.identifiedRegionName ?? t("cases.fields.notRecorded"),
    forms: item.exploitationForms.map((code) => terms.label("exploitation_form", code)).join(", "),
    legalStage: item.legalStage ? terms.label("legal_stage", item.legalStage) : t("cases.list.noLegal"),
  });
}

function ClosureRequestedNote({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  if (!item.closureRequested || item.status === "closed") return null;
  return (
    <Text size="xs" c="blue.9" fw={600}>
      {t("cases.list.closureRequested")}
    </Text>
  );
}

/** Desktop: one row per case, every column the coordinator scans for. */
export function CaseTable({ items }: { items: CaseListItem[] }) {
  const { t } = useTranslation();
  const rowText = useRowText();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("cases.fields.case")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("cases.fields.identifiedOn")}</Table.Th>
            <Table.Th>{t("cases.fields.region")}</Table.Th>
            <Table.Th>{t("cases.fields.exploitationForms")}</Table.Th>
            <Table.Th>{t("cases.list.victims")}</Table.Th>
            <Table.Th>{t("cases.fields.legalStage")}</Table.Th>
            <Table.Th>{t("cases.list.referrals")}</Table.Th>
            <Table.Th>{t("cases.fields.riskLevel")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const text = rowText(item);
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.case(item.id)} fw={600} style={{ whiteSpace: "nowrap" }}>
                    {item.number}
                  </Anchor>
                  <Text size="sm">{item.title}</Text>
                </Table.Td>
                <Table.Td>
                  <CaseStatusBadge status={item.status} />
                  <ClosureRequestedNote item={item} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{text.identifiedOn}</Table.Td>
                <Table.Td>{text.region}</Table.Td>
                <Table.Td>{text.forms}</Table.Td>
                <Table.Td>{item.victimCount}</Table.Td>
                <Table.Td>{text.legalStage}</Table.Td>
                <Table.Td>
                  <OverdueBadge count={item.overdueReferrals} />
                </Table.Td>
                <Table.Td>
                  <RiskBadge riskLevel={item.riskLevel} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phone: one card per case, the whole card a single large link target. */
export function CaseCards({ items }: { items: CaseListItem[] }) {
  const { t } = useTranslation();
  const rowText = useRowText();
  return (
    <Stack
      gap="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: "none" }}
      aria-label={t("cases.list.results")}
    >
      {items.map((item) => {
        const text = rowText(item);
        return (
          <Card key={item.id} withBorder padding="sm" component="li">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Anchor
                component={Link}
                to={paths.case(item.id)}
                fw={700}
                size="md"
                style={{ whiteSpace: "nowrap" }}
              >
                {item.number}
              </Anchor>
              <RiskBadge riskLevel={item.riskLevel} />
            </Group>
            <Text size="sm" mt={4}>
              {item.title}
            </Text>
            <Group gap="xs" mt="xs">
              <CaseStatusBadge status={item.status} />
              <OverdueBadge count={item.overdueReferrals} />
            </Group>
            <ClosureRequestedNote item={item} />
            <Text size="sm" c="dimmed" mt="xs">
              {text.identifiedOn} · {text.region}
            </Text>
            {text.forms ? <Text size="sm">{text.forms}</Text> : null}
            <Text size="sm">
              {t("cases.list.victimsCount", { count: item.victimCount })} · {text.legalStage}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
