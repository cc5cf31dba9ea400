import {
  Accordion,
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconDots, IconFileCertificate, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type MemberPosition,
  type MembershipDto,
  memberPositions,
  type WorkingGroupDto,
} from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { ContactLinks } from "./contact-links.tsx";
import { useStructure, useStructureHistory } from "./coordination-api.ts";
import { DecreeForm, EndMemberForm, MemberForm, workingGroupLabel } from "./structure-forms.tsx";

type Dialog =
  | { kind: "decree" }
  | { kind: "add" }
  | { kind: "edit"; member: MembershipDto }
  | { kind: "end"; member: MembershipDto };

/**
 * `/koordinasi/struktur`: the task force as its decree sets it out. The leadership first
 * (pengarah, ketua, ketua harian, sekretaris), then the members by working group; the legal
 * basis on top; every change kept in the history below.
 */
export function StructurePage() {
  const { t, i18n } = useTranslation();
  const formatDay = useFormatDay();
  const [on, setOn] = useState("");
  const structure = useStructure(on || null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [historyOpen, setHistoryOpen] = useState<string | null>(null);
  const history = useStructureHistory(historyOpen === "history");
  const phoneModal = usePhoneModal();

  if (structure.isPending) return <InlineLoader />;
  if (structure.isError)
    return <QueryError error={structure.error} onRetry={() => void structure.refetch()} />;
  const data = structure.data;
  const manage = data.abilities.manage;
  const groups = data.workingGroups;
  const leaders = memberPositions.filter((p) => p !== "anggota");
  const members = data.members.filter((m) => m.positionCode === "anggota");
  const close = () => setDialog(null);

  return (
    <>
      <Anchor component={Link} to={paths.coordination} size="sm">
        {t("coordination.detail.back")}
      </Anchor>
      <PageHeader
        title={t("coordination.structure.title")}
        description={t("coordination.structure.intro")}
        actions={
          manage ? (
            <>
              <Button
                variant="default"
                leftSection={<IconFileCertificate size={18} aria-hidden />}
                onClick={() => setDialog({ kind: "decree" })}
              >
                {t("coordination.structure.newDecree")}
              </Button>
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setDialog({ kind: "add" })}
              >
                {t("coordination.structure.addMember")}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("coordination.structure.on")}
            description={t("coordination.structure.onHint")}
            type="date"
            value={on}
            onChange={(event) => setOn(event.currentTarget.value)}
          />
          {on ? (
            <Button variant="subtle" onClick={() => setOn("")}>
              {t("coordination.structure.today")}
            </Button>
          ) : null}
        </Group>
        {data.decree ? (
          <Paper withBorder p="md" radius="md">
            <Text size="sm" c="dimmed">
              {t("coordination.structure.legalBasis")}
            </Text>
            <Text fw={700}>{data.decree.title}</Text>
            <Text size="sm">
              {t("coordination.structure.decreeLine", {
                issuedBy: data.decree.issuedBy,
                number: data.decree.number,
                signedOn: formatDay(data.decree.signedOn),
              })}
            </Text>
            <Text size="sm">
              {t("coordination.structure.period", {
                from: formatDay(data.decree.periodStart),
                to: data.decree.periodEnd
                  ? formatDay(data.decree.periodEnd)
                  : t("coordination.structure.untilReplaced"),
              })}
            </Text>
          </Paper>
        ) : (
          <Alert color="gray">{t("coordination.structure.noDecree")}</Alert>
        )}
        {data.members.length === 0 ? <Alert color="gray">{t("coordination.structure.empty")}</Alert> : null}
        {leaders.map((position) => {
          const seats = data.members.filter((m) => m.positionCode === position);
          if (seats.length === 0) return null;
          return (
            <section key={position} aria-labelledby={`position-${position}`}>
              <Title id={`position-${position}`} order={2} size="h4" mb="xs">
                {t(`coordination.positions.${position}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {seats.map((m) => (
                  <MemberCard key={m.id} member={m} groups={groups} manage={manage} onAction={setDialog} />
                ))}
              </SimpleGrid>
            </section>
          );
        })}
        {members.length > 0 ? (
          <section aria-labelledby="position-anggota">
            <Title id="position-anggota" order={2} size="h4" mb="xs">
              {t("coordination.structure.membersByGroup", { count: members.length })}
            </Title>
            <Stack gap="md">
              {[
                ...groups.map((g) => ({ key: g.id, label: workingGroupLabel(g, i18n.language) })),
                { key: "", label: t("coordination.structure.noGroup") },
              ].map(({ key, label }) => {
                const inGroup = members.filter((m) =>
                  key ? m.workingGroupIds.includes(key) : m.workingGroupIds.length === 0,
                );
                if (inGroup.length === 0) return null;
                return (
                  <div key={key || "none"}>
                    <Title order={3} size="h5" mb={6}>
                      {label}
                    </Title>
                    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                      {inGroup.map((m) => (
                        <MemberCard
                          key={m.id}
                          member={m}
                          groups={groups}
                          manage={manage}
                          onAction={setDialog}
                          compact
                        />
                      ))}
                    </SimpleGrid>
                  </div>
                );
              })}
            </Stack>
          </section>
        ) : null}
        <Accordion variant="separated" value={historyOpen} onChange={setHistoryOpen}>
          <Accordion.Item value="history">
            <Accordion.Control>{t("coordination.structure.history")}</Accordion.Control>
            <Accordion.Panel>
              {history.isPending ? <InlineLoader /> : null}
              {history.isError ? (
                <QueryError error={history.error} onRetry={() => void history.refetch()} />
              ) : null}
              {history.data ? <HistoryTable items={history.data.items} decrees={data.decrees} /> : null}
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
      <Modal
        {...phoneModal}
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={
          dialog?.kind === "decree"
            ? t("coordination.structure.newDecree")
            : dialog?.kind === "add"
              ? t("coordination.structure.addMember")
              : dialog?.kind === "edit"
                ? t("coordination.structure.editMember", { name: dialog.member.organizationName })
                : dialog?.kind === "end"
                  ? t("coordination.structure.endMember", { name: dialog.member.organizationName })
                  : ""
        }
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {dialog?.kind === "decree" ? <DecreeForm onDone={close} /> : null}
        {dialog?.kind === "add" ? <MemberForm workingGroups={groups} onDone={close} /> : null}
        {dialog?.kind === "edit" ? (
          <MemberForm member={dialog.member} workingGroups={groups} onDone={close} />
        ) : null}
        {dialog?.kind === "end" ? <EndMemberForm member={dialog.member} onDone={close} /> : null}
      </Modal>
    </>
  );
}

function MemberCard({
  member,
  groups,
  manage,
  onAction,
  compact = false,
}: {
  member: MembershipDto;
  groups: WorkingGroupDto[];
  manage: boolean;
  onAction: (dialog: Dialog) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} style={{ overflowWrap: "anywhere" }}>
            {member.organizationName}
          </Text>
          {member.personName || member.personTitle ? (
            <Text size="sm">{[member.personName, member.personTitle].filter(Boolean).join(" · ")}</Text>
          ) : null}
          <ContactLinks phone={member.phone} email={member.email} />
          {!compact && member.workingGroupIds.length > 0 ? (
            <Group gap={4} mt={4}>
              {member.workingGroupIds.map((id) => {
                const group = groups.find((g) => g.id === id);
                return group ? (
                  <Badge key={id} variant="light" size="sm">
                    {t("coordination.structure.groupBadge", { number: group.number })}
                  </Badge>
                ) : null;
              })}
            </Group>
          ) : null}
        </Stack>
        {manage && member.current ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={t("coordination.structure.memberActions", { name: member.organizationName })}
              >
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onAction({ kind: "edit", member })}>{t("common.edit")}</Menu.Item>
              <Menu.Item color="red" onClick={() => onAction({ kind: "end", member })}>
                {t("coordination.member.end")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
    </Paper>
  );
}

function HistoryTable({
  items,
  decrees,
}: {
  items: MembershipDto[];
  decrees: { id: string; number: string }[];
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const sorted = [...items].sort(
    (a, b) => a.organizationName.localeCompare(b.organizationName) || a.validFrom.localeCompare(b.validFrom),
  );
  // valid_to is the first day the seat no longer held; people read the last day it did.
  const lastDay = (validTo: string) => {
    const d = new Date(`${validTo}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };
  return (
    // Focusable, so a keyboard can scroll the table sideways on a phone.
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t("coordination.structure.history")}
    >
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("coordination.member.organization")}</Table.Th>
            <Table.Th scope="col">{t("coordination.member.position")}</Table.Th>
            <Table.Th scope="col">{t("coordination.member.personName")}</Table.Th>
            <Table.Th scope="col">{t("coordination.structure.from")}</Table.Th>
            <Table.Th scope="col">{t("coordination.structure.to")}</Table.Th>
            <Table.Th scope="col">{t("coordination.structure.decree")}</Table.Th>
            <Table.Th scope="col">{t("coordination.member.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.organizationName}</Table.Td>
              <Table.Td>{t(`coordination.positions.${m.positionCode as MemberPosition}`)}</Table.Td>
              <Table.Td>{m.personName ?? "–"}</Table.Td>
              <Table.Td>{formatDay(m.validFrom)}</Table.Td>
              <Table.Td>
                {m.validTo ? (
                  formatDay(lastDay(m.validTo))
                ) : (
                  <Badge variant="light" color="teal">
                    {t("coordination.structure.current")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{decrees.find((d) => d.id === m.decreeId)?.number ?? "–"}</Table.Td>
              <Table.Td>{m.endReason ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
