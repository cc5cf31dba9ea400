import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import type { FirstAidDeadline, ServiceDto, ServiceStatus } from "../../../shared/services.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useCaseReferrals, useCaseServices } from "./care-api.ts";
import { ChildBadge } from "./case-badges.tsx";
import { useCasePeople } from "./people-api.ts";
import { ServiceForm } from "./service-form.tsx";
import { useTerms } from "./vocabulary-terms.ts";

const statusColors: Record<ServiceStatus, string> = {
  planned: "gray",
  in_progress: "blue",
  delivered: "teal",
  declined_by_victim: "gray",
  not_available: "red",
};

type Editing = { service: ServiceDto | null; casePersonId: string | null } | null;

export function ServicesTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const people = useCasePeople(theCase.id);
  const services = useCaseServices(theCase.id);
  const referrals = useCaseReferrals(theCase.id);
  const [editing, setEditing] = useState<Editing>(null);

  if (people.isPending || services.isPending) return <InlineLoader />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  if (services.isError) return <QueryError error={services.error} onRetry={() => void services.refetch()} />;

  const victims = people.data.items.filter((person) => person.role === "victim");
  const canEdit = theCase.abilities.update;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t("cases.services.intro")}
        </Text>
        {canEdit && victims.length > 0 ? (
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing({ service: null, casePersonId: null })}
          >
            {t("cases.services.add")}
          </Button>
        ) : null}
      </Group>
      {victims.length === 0 ? <Text>{t("cases.people.noVictimsYet")}</Text> : null}
      {victims.map((victim) => {
        const items = services.data.items.filter((item) => item.casePersonId === victim.id);
        const firstAid = services.data.firstAid.find((item) => item.casePersonId === victim.id);
        return (
          <Card key={victim.id} withBorder component="section" aria-labelledby={`services-${victim.id}`}>
            <Group justify="space-between" mb="xs">
              <Group gap="xs">
                <Title order={2} size="h4" ff="monospace" id={`services-${victim.id}`}>
                  {victim.code}
                </Title>
                {victim.isChild ? <ChildBadge /> : null}
              </Group>
              {canEdit ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing({ service: null, casePersonId: victim.id })}
                >
                  {t("cases.services.addFor", { code: victim.code })}
                </Button>
              ) : null}
            </Group>
            {firstAid ? <FirstAidLine deadline={firstAid} /> : null}
            {items.length === 0 ? (
              <Text size="sm" c="dimmed" mt="xs">
                {t("cases.services.none")}
              </Text>
            ) : (
              <Stack gap="xs" mt="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                {items.map((service) => (
                  <ServiceRow
                    key={service.id}
                    service={service}
                    canEdit={canEdit}
                    onEdit={() => setEditing({ service, casePersonId: victim.id })}
                  />
                ))}
              </Stack>
            )}
          </Card>
        );
      })}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing?.service ? t("cases.services.editTitle") : t("cases.services.add")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? (
          <ServiceForm
            caseId={theCase.id}
            victims={victims}
            referrals={referrals.data?.items ?? []}
            service={editing.service}
            casePersonId={editing.casePersonId}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/** UU 21/2007's first aid within 7 days of identification: met, late, or due by a date. */
function FirstAidLine({ deadline }: { deadline: FirstAidDeadline }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  let badge: { color: string; label: string };
  let text: string;
  if (deadline.dueBy === null) {
    badge = { color: "gray", label: t("cases.services.firstAidUnjudged") };
    text = t("cases.services.firstAidYearOnly");
  } else if (deadline.met) {
    badge = { color: "teal", label: t("cases.services.firstAidMet") };
    text = t("cases.services.firstAidMetOn", { date: formatDay(deadline.firstServiceOn) });
  } else if (deadline.late) {
    badge = { color: "red", label: t("cases.services.firstAidLate") };
    text = deadline.firstServiceOn
      ? t("cases.services.firstAidLateOn", {
          date: formatDay(deadline.firstServiceOn),
          due: formatDay(deadline.dueBy),
        })
      : t("cases.services.firstAidMissed", { due: formatDay(deadline.dueBy) });
  } else {
    badge = { color: "blue", label: t("cases.services.firstAidPending") };
    text = t("cases.services.firstAidDue", { due: formatDay(deadline.dueBy) });
  }
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {t("cases.services.firstAid")}
      </Text>
      <Badge color={badge.color} variant={badge.color === "red" ? "filled" : "light"}>
        {badge.label}
      </Badge>
      <Text size="sm">{text}</Text>
    </Group>
  );
}

function ServiceRow({
  service,
  canEdit,
  onEdit,
}: {
  service: ServiceDto;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const formatDay = useFormatDay();
  const name = terms.label("service_type", service.serviceTypeCode);
  const dates = [
    service.startedOn ? t("cases.services.startedShort", { date: formatDay(service.startedOn) }) : null,
    service.endedOn ? t("cases.services.endedShort", { date: formatDay(service.endedOn) }) : null,
  ].filter(Boolean);
  return (
    <Card component="li" withBorder padding="xs">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Badge variant="light" color={statusColors[service.status]}>
              {t(`cases.services.statuses.${service.status}`)}
            </Badge>
          </Group>
          <Text size="sm">{service.providerOrganizationName}</Text>
          {dates.length > 0 ? (
            <Text size="xs" c="dimmed">
              {dates.join(" · ")}
            </Text>
          ) : null}
          {service.outcome ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {service.outcome}
            </Text>
          ) : null}
        </Stack>
        {canEdit ? (
          <Button
            size="xs"
            variant="default"
            onClick={onEdit}
            aria-label={t("cases.services.editNamed", { name })}
          >
            {t("common.edit")}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
