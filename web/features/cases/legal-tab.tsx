import { Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconGavel } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import { type LegalProcessDto, type RestitutionDto, restitutionSteps } from "../../../shared/legal.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { formatRupiah } from "../../ui/format-rupiah.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useLegalProcesses } from "./legal-api.ts";
import { LegalForm } from "./legal-form.tsx";
import { LegalStageTrack } from "./legal-stage-track.tsx";
import { useCasePeople } from "./people-api.ts";
import { RestitutionForm } from "./restitution-form.tsx";
import { useTerms } from "./vocabulary-terms.ts";

type Dialog =
  | { kind: "legal"; legal: LegalProcessDto | null }
  | { kind: "restitution"; legal: LegalProcessDto; victim: CasePersonDto; existing: RestitutionDto | null }
  | null;

export function LegalTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const legal = useLegalProcesses(theCase.id);
  const people = useCasePeople(theCase.id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (legal.isPending || people.isPending) return <InlineLoader />;
  if (legal.isError) return <QueryError error={legal.error} onRetry={() => void legal.refetch()} />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;

  const suspects = people.data.items.filter((person) => person.role === "suspect");
  const victims = people.data.items.filter((person) => person.role === "victim");
  const canEdit = theCase.abilities.update;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t("cases.legal.intro")}
        </Text>
        {canEdit ? (
          <Button
            leftSection={<IconGavel size={18} aria-hidden />}
            onClick={() => setDialog({ kind: "legal", legal: null })}
          >
            {t("cases.legal.add")}
          </Button>
        ) : null}
      </Group>
      {legal.data.items.length === 0 ? <Text>{t("cases.legal.empty")}</Text> : null}
      {legal.data.items.map((item, index) => (
        <LegalCard
          key={item.id}
          legal={item}
          number={index + 1}
          victims={victims}
          canEdit={canEdit}
          onEdit={() => setDialog({ kind: "legal", legal: item })}
          onRestitution={(victim, existing) =>
            setDialog({ kind: "restitution", legal: item, victim, existing })
          }
        />
      ))}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size={dialog?.kind === "legal" ? "xl" : "lg"}
        title={
          dialog?.kind === "restitution"
            ? t("cases.restitution.title", { code: dialog.victim.code })
            : dialog?.legal
              ? t("cases.legal.editTitle")
              : t("cases.legal.add")
        }
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {dialog?.kind === "legal" ? (
          <LegalForm
            caseId={theCase.id}
            legal={dialog.legal}
            suspects={suspects}
            onDone={() => setDialog(null)}
          />
        ) : null}
        {dialog?.kind === "restitution" ? (
          <RestitutionForm
            caseId={theCase.id}
            legalId={dialog.legal.id}
            casePersonId={dialog.victim.id}
            personCode={dialog.victim.code}
            existing={dialog.existing}
            onDone={() => setDialog(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

function sentence(months: number, t: TFunction): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t("cases.legal.months", { count: rest });
  if (rest === 0) return t("cases.legal.years", { count: years });
  return t("cases.legal.yearsMonths", { years, months: rest });
}

function LegalCard({
  legal,
  number,
  victims,
  canEdit,
  onEdit,
  onRestitution,
}: {
  legal: LegalProcessDto;
  number: number;
  victims: CasePersonDto[];
  canEdit: boolean;
  onEdit: () => void;
  onRestitution: (victim: CasePersonDto, existing: RestitutionDto | null) => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const formatDay = useFormatDay();
  const none = t("cases.fields.notRecorded");
  const headingId = `legal-${legal.id}`;
  const totals = legal.restitutionTotals;
  const gap = totals.awardedRupiah - totals.paidRupiah;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            {t("cases.legal.heading", { number })}
          </Title>
          <Text size="sm">
            {terms.label("legal_stage", legal.stageCode)}
            {legal.stageOn ? ` — ${formatDay(legal.stageOn)}` : ""}
          </Text>
        </Stack>
        {canEdit ? (
          <Button size="xs" variant="default" onClick={onEdit}>
            {t("cases.legal.edit")}
          </Button>
        ) : null}
      </Group>
      <LegalStageTrack stageCode={legal.stageCode} />
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="md" mb={0}>
        <Fact label={t("cases.legal.policeReportNumber")}>{legal.policeReportNumber ?? none}</Fact>
        <Fact label={t("cases.legal.policeUnit")}>{legal.policeUnit ?? none}</Fact>
        <Fact label={t("cases.legal.reportedOn")}>
          {legal.reportedOn ? formatDay(legal.reportedOn) : none}
        </Fact>
        <Fact label={t("cases.legal.suspects")}>
          {legal.suspects.length > 0 ? legal.suspects.map((suspect) => suspect.personCode).join(", ") : none}
        </Fact>
        <Fact label={t("cases.legal.articles")}>{legal.articlesCharged ?? none}</Fact>
        <Fact label={t("cases.legal.verdict")}>
          {legal.verdict
            ? `${t(`cases.legal.verdicts.${legal.verdict}`)}${legal.verdictOn ? ` — ${formatDay(legal.verdictOn)}` : ""}`
            : t("cases.legal.noVerdict")}
        </Fact>
        {legal.sentenceMonths !== null ? (
          <Fact label={t("cases.legal.sentence")}>{sentence(legal.sentenceMonths, t)}</Fact>
        ) : null}
        {legal.fineRupiah !== null ? (
          <Fact label={t("cases.legal.fine")}>{formatRupiah(legal.fineRupiah)}</Fact>
        ) : null}
        <Fact label={t("cases.legal.lpsk")}>{t(`cases.legal.lpskValues.${legal.lpskProtection}`)}</Fact>
      </SimpleGrid>
      {legal.notes ? (
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
          {legal.notes}
        </Text>
      ) : null}
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t("cases.restitution.heading")}
      </Title>
      <Text size="sm" mb="xs">
        {t("cases.restitution.totals", {
          requested: formatRupiah(totals.requestedRupiah),
          awarded: formatRupiah(totals.awardedRupiah),
          paid: formatRupiah(totals.paidRupiah),
        })}
      </Text>
      {gap > 0 ? (
        <Text size="sm" c="red.9" fw={600} mb="xs">
          {t("cases.restitution.gap", { amount: formatRupiah(gap) })}
        </Text>
      ) : null}
      {victims.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("cases.people.noVictimsYet")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("cases.people.victim")}</Table.Th>
                <Table.Th>{t("cases.restitution.stage")}</Table.Th>
                {restitutionSteps.map((step) => (
                  <Table.Th key={step}>{t(`cases.restitution.steps.${step}`)}</Table.Th>
                ))}
                <Table.Th>{t("cases.restitution.gapShort")}</Table.Th>
                {canEdit ? <Table.Th>{t("common.actions")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {victims.map((victim) => {
                const row = legal.restitutions.find((item) => item.casePersonId === victim.id) ?? null;
                const cell = (rupiah: number | null | undefined, on: string | null | undefined) =>
                  rupiah === null || rupiah === undefined ? (
                    "—"
                  ) : (
                    <>
                      {formatRupiah(rupiah)}
                      {on ? (
                        <Text size="xs" c="dimmed">
                          {formatDay(on)}
                        </Text>
                      ) : null}
                    </>
                  );
                const rowGap = (row?.awardedRupiah ?? 0) - (row?.paidRupiah ?? 0);
                return (
                  <Table.Tr key={victim.id}>
                    <Table.Td ff="monospace">{victim.code}</Table.Td>
                    <Table.Td>
                      {row ? terms.label("restitution_stage", row.stageCode) : t("cases.restitution.none")}
                    </Table.Td>
                    <Table.Td>{cell(row?.requestedRupiah, row?.requestedOn)}</Table.Td>
                    <Table.Td>{cell(row?.demandedRupiah, row?.demandedOn)}</Table.Td>
                    <Table.Td>{cell(row?.awardedRupiah, row?.awardedOn)}</Table.Td>
                    <Table.Td>{cell(row?.paidRupiah, row?.paidOn)}</Table.Td>
                    <Table.Td c={rowGap > 0 ? "red.9" : undefined}>
                      {row?.awardedRupiah != null ? formatRupiah(Math.max(rowGap, 0)) : "—"}
                    </Table.Td>
                    {canEdit ? (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onRestitution(victim, row)}
                          aria-label={t("cases.restitution.updateFor", { code: victim.code })}
                        >
                          {t("cases.restitution.update")}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
