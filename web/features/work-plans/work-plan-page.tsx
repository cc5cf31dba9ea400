import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconCopy, IconDots, IconListCheck, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { IndicatorDto, ProgrammeDto, WorkPlanDto } from "../../../shared/work-plans.ts";
import { paths } from "../../app/paths.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { IndicatorRow } from "./indicator-row.tsx";
import { ActualForm, IndicatorForm, ProgrammeForm } from "./plan-forms.tsx";
import {
  useCreateWorkPlan,
  useRemoveActual,
  useRemoveIndicator,
  useRemoveProgramme,
  useWorkPlan,
  useWorkPlans,
} from "./work-plans-api.ts";

type Dialog =
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

function StartPlan({ year, manage, earlier }: { year: number; manage: boolean; earlier: number[] }) {
  const { t } = useTranslation();
  const create = useCreateWorkPlan();
  const [source, setSource] = useState<string | null>(
    earlier.includes(year - 1) ? String(year - 1) : (earlier[0]?.toString() ?? null),
  );
  useEffect(() => {
    if (source === null && earlier.length > 0)
      setSource(String(earlier.includes(year - 1) ? year - 1 : earlier[0]));
  }, [earlier, source, year]);

  function start(copyFromYear: number | null) {
    create.mutate(
      { year, copyFromYear },
      {
        onSuccess: () => notifySuccess(t("followUp.plan.started", { year })),
        onError: (error) => notifyError(t("followUp.plan.startFailed"), error.message),
      },
    );
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md" align="flex-start">
        <Text>{t("followUp.plan.none", { year })}</Text>
        {manage ? (
          <Group gap="sm" align="flex-end">
            {earlier.length > 0 ? (
              <>
                <Select
                  label={t("followUp.plan.copyFrom")}
                  data={earlier.map((y) => ({ value: String(y), label: String(y) }))}
                  value={source}
                  onChange={setSource}
                  allowDeselect={false}
                  w={140}
                />
                <Button
                  leftSection={<IconCopy size={18} aria-hidden />}
                  loading={create.isPending}
                  onClick={() => start(Number(source))}
                  disabled={!source}
                >
                  {t("followUp.plan.copy")}
                </Button>
              </>
            ) : null}
            <Button variant="default" loading={create.isPending} onClick={() => start(null)}>
              {t("followUp.plan.startEmpty")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
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
                <Paper key={programme.id} withBorder p="md" radius="md">
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" mb="sm">
                    <Stack gap={2}>
                      <Title order={3} size="h5">
                        {programme.title}
                      </Title>
                      <Text size="xs" c="dimmed">
                        {[
                          programme.leadOrganization
                            ? t("followUp.plan.ledBy", { name: programme.leadOrganization.name })
                            : null,
                          programme.description,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                      <Anchor
                        component={Link}
                        to={`${paths.actionItems}?tampilan=semua&status=semua&program=${programme.id}`}
                        size="xs"
                      >
                        <Group gap={4} component="span">
                          <IconListCheck size={14} aria-hidden />
                          {t("followUp.plan.actionItems", {
                            active: programme.actionItems.active,
                            overdue: programme.actionItems.overdue,
                            done: programme.actionItems.done,
                          })}
                        </Group>
                      </Anchor>
                    </Stack>
                    {manage ? (
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t("followUp.plan.programmeActions", { title: programme.title })}
                          >
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            leftSection={<IconPlus size={16} aria-hidden />}
                            onClick={() =>
                              setDialog({ kind: "indicator", programmeId: programme.id, indicator: null })
                            }
                          >
                            {t("followUp.plan.addIndicator")}
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<IconPencil size={16} aria-hidden />}
                            onClick={() =>
                              setDialog({
                                kind: "programme",
                                programme,
                                workingGroupId: programme.workingGroupId,
                              })
                            }
                          >
                            {t("followUp.plan.editProgramme")}
                          </Menu.Item>
                          <Menu.Item
                            color="red"
                            leftSection={<IconTrash size={16} aria-hidden />}
                            onClick={() => setDialog({ kind: "removeProgramme", programme })}
                          >
                            {t("followUp.plan.removeProgramme")}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    ) : null}
                  </Group>
                  {programme.indicators.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("followUp.plan.noIndicator")}
                    </Text>
                  ) : (
                    <Stack component="ul" gap="lg" p={0} m={0} style={{ listStyle: "none" }}>
                      {programme.indicators.map((indicator) => (
                        <IndicatorRow
                          key={indicator.id}
                          indicator={indicator}
                          manage={manage}
                          onEdit={() =>
                            setDialog({ kind: "indicator", programmeId: programme.id, indicator })
                          }
                          onRemove={() => setDialog({ kind: "removeIndicator", indicator })}
                          onRecord={() => setDialog({ kind: "actual", indicator })}
                          onRemoveEntry={(actualId) =>
                            removeActual.mutate(
                              { indicatorId: indicator.id, actualId },
                              {
                                onError: (error) =>
                                  notifyError(t("followUp.plan.removeFailed"), error.message),
                              },
                            )
                          }
                        />
                      ))}
                    </Stack>
                  )}
                </Paper>
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
