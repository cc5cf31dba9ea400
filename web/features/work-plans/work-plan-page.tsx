import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { IndicatorDto, ProgrammeDto, WorkPlanDto } from "../../../shared/work-plans.ts";
import { paths } from "../../app/paths.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { IndicatorForm } from "./indicator-form.tsx";
import { ActualForm, ProgrammeForm } from "./plan-forms.tsx";
import { StartPlan } from "./plan-start.tsx";
import { ProgrammeCard } from "./programme-card.tsx";
import {
  useRemoveActual,
  useRemoveIndicator,
  useRemoveProgramme,
  useWorkPlan,
  useWorkPlans,
} from "./work-plans-api.ts";

export type Dialog =
  | { kind: "programme"; programme: ProgrammeDto | null; workingGroupId: string | null }
  | { kind: "indicator"; programmeId: string; indicator: IndicatorDto | null }
  | { kind: "actual"; indicator: IndicatorDto }
  | { kind: "removeProgramme"; programme: ProgrammeDto }
  | { kind: "removeIndicator"; indicator: IndicatorDto };

/**
 * `/koordinasi/rencana-aksi/:year?`: the year's regional action plan, programmes by working
 * group, each indicator with its progress bar; a year without a plan offers to start one.
 */
export function WorkPlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const plans = useWorkPlans();
  const currentYear = plans.data?.currentYear ?? new Date().getFullYear();
  const year = /^\d{4}$/.test(params.year ?? "") ? Number(params.year) : currentYear;
  const plan = useWorkPlan(plans.isSuccess || params.year ? year : null);
  const manage = plans.data?.abilities.manage ?? false;
  const years = [
    ...new Set([
      ...(plans.data?.items.map((p) => p.year) ?? []),
      currentYear,
      year,
      ...(manage ? [currentYear + 1] : []),
    ]),
  ].sort((a, b) => b - a);

  return (
    <>
      <Anchor component={Link} to={paths.actionItems} size="sm">
        {t("followUp.plan.back")}
      </Anchor>
      <PageHeader
        title={t("followUp.plan.pageTitle", { year })}
        description={t("followUp.plan.intro")}
        actions={
          <Select
            aria-label={t("followUp.plan.year")}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(value) => value && navigate(paths.workPlan(Number(value)))}
            allowDeselect={false}
            w={110}
          />
        }
      />
      {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      {plan.isPending && plan.fetchStatus !== "idle" ? <InlineLoader /> : null}
      {plan.isError ? <QueryError error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.isSuccess && plan.data === null ? (
        <StartPlan
          year={year}
          manage={manage}
          earlier={(plans.data?.items ?? []).map((p) => p.year).filter((y) => y !== year)}
        />
      ) : null}
      {plan.data ? <PlanView plan={plan.data} /> : null}
    </>
  );
}

function PlanView({ plan }: { plan: WorkPlanDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const manage = plan.abilities.manage;
  const phoneModal = usePhoneModal();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const removeProgramme = useRemoveProgramme(plan.year);
  const removeIndicator = useRemoveIndicator(plan.year);
  const removeActual = useRemoveActual(plan.year);
  const close = () => setDialog(null);
  const groups = plan.workingGroups.filter(
    (g) => manage || plan.programmes.some((p) => p.workingGroupId === g.id),
  );
  const metShare = plan.summary.indicators > 0 ? plan.summary.met / plan.summary.indicators : 0;

  const title: Record<Dialog["kind"], string> = {
    programme:
      dialog?.kind === "programme" && dialog.programme
        ? t("followUp.plan.editProgramme")
        : t("followUp.plan.addProgramme"),
    indicator:
      dialog?.kind === "indicator" && dialog.indicator
        ? t("followUp.plan.editIndicator")
        : t("followUp.plan.addIndicator"),
    actual: t("followUp.plan.recordActual"),
    removeProgramme: "",
    removeIndicator: "",
  };
  let body: ReactNode = null;
  if (dialog?.kind === "programme")
    body = (
      <ProgrammeForm
        plan={plan}
        programme={dialog.programme}
        workingGroupId={dialog.workingGroupId}
        onDone={close}
      />
    );
  if (dialog?.kind === "indicator")
    body = (
      <IndicatorForm
        plan={plan}
        programmeId={dialog.programmeId}
        indicator={dialog.indicator}
        onDone={close}
      />
    );
  if (dialog?.kind === "actual")
    body = <ActualForm plan={plan} indicator={dialog.indicator} onDone={close} />;

  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Text fw={700}>{plan.title}</Text>
          <Text size="sm">
            {t("followUp.plan.summary", {
              met: plan.summary.met,
              total: plan.summary.indicators,
              withActual: plan.summary.withActual,
            })}
          </Text>
          <Progress
            value={Math.round(metShare * 100)}
            color="teal"
            size="md"
            aria-label={t("followUp.plan.summaryBar")}
          />
          {plan.notes ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {plan.notes}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {[
              plan.copiedFromYear ? t("followUp.plan.copiedFrom", { year: plan.copiedFromYear }) : null,
              t("followUp.plan.computedAt", { at: formatDateTime(plan.computedAt) }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Stack>
      </Paper>
      {plan.programmes.length === 0 && !manage ? (
        <Alert color="gray">{t("followUp.plan.empty")}</Alert>
      ) : null}
      {groups.map((group) => {
        const programmes = plan.programmes.filter((p) => p.workingGroupId === group.id);
        return (
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <Group justify="space-between" mb="sm" gap="sm">
              <Title id={`group-${group.id}`} order={2} size="h4">
                {t("followUp.plan.groupTitle", {
                  number: group.number,
                  name: i18n.language === "en" ? group.nameEn : group.nameId,
                })}
              </Title>
              {manage ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setDialog({ kind: "programme", programme: null, workingGroupId: group.id })}
                >
                  {t("followUp.plan.addProgramme")}
                </Button>
              ) : null}
            </Group>
            {programmes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("followUp.plan.noProgramme")}
              </Text>
            ) : null}
            <Stack gap="md">
              {programmes.map((programme) => (
                <ProgrammeCard
                  key={programme.id}
                  programme={programme}
                  manage={manage}
                  onDialog={setDialog}
                  onRemoveEntry={(indicatorId, actualId) =>
                    removeActual.mutate(
                      { indicatorId, actualId },
                      { onError: (error) => notifyError(t("followUp.plan.removeFailed"), error.message) },
                    )
                  }
                />
              ))}
            </Stack>
          </section>
        );
      })}
      <Modal
        {...phoneModal}
        opened={body !== null}
        onClose={close}
        title={dialog ? title[dialog.kind] : ""}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {body}
      </Modal>
      <ConfirmModal
        opened={dialog?.kind === "removeProgramme"}
        title={t("followUp.plan.removeProgramme")}
        message={t("followUp.plan.removeProgrammeBody")}
        confirmLabel={t("followUp.plan.remove")}
        danger
        loading={removeProgramme.isPending}
        error={removeProgramme.error?.message ?? null}
        onClose={() => {
          removeProgramme.reset();
          close();
        }}
        onConfirm={() =>
          dialog?.kind === "removeProgramme" &&
          removeProgramme.mutate(dialog.programme.id, { onSuccess: close })
        }
      />
      <ConfirmModal
        opened={dialog?.kind === "removeIndicator"}
        title={t("followUp.plan.removeIndicator")}
        message={t("followUp.plan.removeIndicatorBody")}
        confirmLabel={t("followUp.plan.remove")}
        danger
        loading={removeIndicator.isPending}
        error={removeIndicator.error?.message ?? null}
        onClose={() => {
          removeIndicator.reset();
          close();
        }}
        onConfirm={() =>
          dialog?.kind === "removeIndicator" &&
          removeIndicator.mutate(dialog.indicator.id, { onSuccess: close })
        }
      />
    </Stack>
  );
}
