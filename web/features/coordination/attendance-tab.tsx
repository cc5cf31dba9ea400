import {
  ActionIcon,
  Alert,
  Autocomplete,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowBackUp, IconCheck, IconSearch, IconUserPlus } from "@tabler/icons-react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AttendanceDto,
  checkInInputSchema,
  type InvitationDto,
  type MeetingDto,
} from "../../../shared/coordination.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useCheckIn, useRemoveCheckIn } from "./coordination-api.ts";
import { wibClock } from "./meeting-time.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

/**
 * The door list on a phone: every invitee with one big "Hadir" button, a search to find a
 * name fast, walk-ins added below, and a mistaken tap undone with one more.
 */
export function AttendanceTab({ meeting }: { meeting: MeetingDto }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState("");
  const checkIn = useCheckIn(meeting.id);
  const undo = useRemoveCheckIn(meeting.id);
  const open = meeting.abilities.takeAttendance;
  const byInvitation = new Map(
    meeting.attendance.filter((a) => a.invitationId).map((a) => [a.invitationId!, a]),
  );
  const needle = q.trim().toLowerCase();
  const matches = (i: InvitationDto) =>
    !needle ||
    [i.organizationName, i.name, i.personTitle, i.email].some((v) => v?.toLowerCase().includes(needle));
  const invitees = meeting.invitations.filter(matches);
  const walkIns = meeting.attendance.filter((a) => a.walkIn);

  function tap(invitation: InvitationDto) {
    checkIn.mutate(
      { invitationId: invitation.id },
      {
        onSuccess: (saved) => notifySuccess(t("coordination.attendance.checkedIn", { name: saved.name })),
        onError: (error) => notifyError(t("coordination.attendance.failed"), error.message),
      },
    );
  }

  function remove(attendance: AttendanceDto) {
    undo.mutate(attendance.id, {
      onSuccess: () => notifySuccess(t("coordination.attendance.undone", { name: attendance.name })),
      onError: (error) => notifyError(t("coordination.attendance.failed"), error.message),
    });
  }

  return (
    <Stack gap="lg">
      <Text fw={700} size="lg" aria-live="polite">
        {t("coordination.attendance.summary", {
          attended: meeting.attendance.length,
          invited: meeting.invitations.length,
        })}
      </Text>
      {!open && meeting.abilities.manage ? (
        <Alert color="gray">
          {meeting.status === "cancelled"
            ? t("coordination.attendance.cancelled")
            : t("coordination.attendance.notOpen")}
        </Alert>
      ) : null}
      <section aria-labelledby="door-list">
        <Title id="door-list" order={2} size="h4" mb="xs">
          {t("coordination.attendance.invited")}
        </Title>
        {meeting.invitations.length > 5 ? (
          <TextInput
            mb="sm"
            label={t("coordination.attendance.search")}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            type="search"
          />
        ) : null}
        {meeting.invitations.length === 0 ? (
          <Text c="dimmed">{t("coordination.invitations.none")}</Text>
        ) : null}
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
          {invitees.map((invitation) => {
            const present = byInvitation.get(invitation.id);
            const label = invitation.organizationName ?? invitation.name ?? "";
            return (
              <Paper
                component="li"
                key={invitation.id}
                withBorder
                px="sm"
                py={8}
                radius="sm"
                bg={present ? "teal.0" : undefined}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                      {label}
                    </Text>
                    {present ? (
                      <Text size="sm" c="teal.9">
                        {t("coordination.attendance.presentAt", {
                          name: present.name,
                          time: wibClock(present.checkedInAt, i18n.language),
                        })}
                      </Text>
                    ) : invitation.kind === "organization" && invitation.name ? (
                      <Text size="sm" c="dimmed">
                        {invitation.name}
                      </Text>
                    ) : null}
                  </Stack>
                  {present ? (
                    open ? (
                      <ActionIcon
                        variant="subtle"
                        size="xl"
                        onClick={() => remove(present)}
                        loading={undo.isPending && undo.variables === present.id}
                        aria-label={t("coordination.attendance.undo", { name: label })}
                      >
                        <IconArrowBackUp aria-hidden />
                      </ActionIcon>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t("coordination.attendance.present")}
                      </Badge>
                    )
                  ) : open ? (
                    <Button
                      size="md"
                      miw={110}
                      leftSection={<IconCheck size={18} aria-hidden />}
                      loading={checkIn.isPending && checkIn.variables?.invitationId === invitation.id}
                      onClick={() => tap(invitation)}
                      aria-label={t("coordination.attendance.markPresent", { name: label })}
                    >
                      {t("coordination.attendance.present")}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("coordination.attendance.absent")}
                    </Text>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      </section>
      <section aria-labelledby="walk-ins">
        <Title id="walk-ins" order={2} size="h4" mb="xs">
          {t("coordination.attendance.walkIns", { count: walkIns.length })}
        </Title>
        <Stack component="ul" gap={6} p={0} m={0} mb="sm" style={{ listStyle: "none" }}>
          {walkIns.map((a) => (
            <Paper component="li" key={a.id} withBorder px="sm" py={8} radius="sm" bg="teal.0">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600}>{a.name}</Text>
                  <Text size="sm" c="dimmed">
                    {[a.personTitle, a.organizationName, wibClock(a.checkedInAt, i18n.language)]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </Stack>
                {open ? (
                  <ActionIcon
                    variant="subtle"
                    size="xl"
                    onClick={() => remove(a)}
                    loading={undo.isPending && undo.variables === a.id}
                    aria-label={t("coordination.attendance.undo", { name: a.name })}
                  >
                    <IconArrowBackUp aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
        {open ? <WalkInForm meetingId={meeting.id} /> : null}
      </section>
    </Stack>
  );
}

/**
 * Someone who came without an invitation: a name, their organisation (a member picked from the
 * list, or any name typed), their position. The form stays for the next person.
 */
function WalkInForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(meetingId);
  const organizations = useOrganizationOptions();
  const form = useCoordinationForm();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [organization, setOrganization] = useState("");
  const [personTitle, setPersonTitle] = useState("");
  const [phone, setPhone] = useState("");
  const members = (organizations.data?.items ?? []).filter((o) => o.active);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = organization.trim();
    const member = members.find((o) => o.name.toLowerCase() === typed.toLowerCase());
    const input = form.validate(checkInInputSchema, {
      name: name.trim() || undefined,
      organizationId: member?.id ?? null,
      organizationName: member ? null : (blankToUndefined(typed) ?? null),
      personTitle: blankToUndefined(personTitle) ?? null,
      phone: blankToUndefined(phone) ?? null,
    });
    if (!input) return;
    checkIn.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("coordination.attendance.checkedIn", { name: saved.name }));
        setName("");
        setPersonTitle("");
        setPhone("");
        setOrganization("");
        form.reset();
        nameRef.current?.focus();
      },
      onError: form.showApiError,
    });
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <form
        ref={form.formRef}
        onSubmit={submit}
        noValidate
        aria-label={t("coordination.attendance.walkInTitle")}
      >
        <Stack gap="sm">
          <Text fw={700}>{t("coordination.attendance.walkInTitle")}</Text>
          <FormErrorAlert
            message={form.formError}
            extra={form.unplaced((f) =>
              ["name", "organizationId", "organizationName", "personTitle", "phone"].includes(f),
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              ref={nameRef}
              label={t("coordination.attendance.name")}
              required
              autoComplete="off"
              autoCapitalize="words"
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                form.clear("name");
              }}
              error={form.errors.name}
            />
            <Autocomplete
              label={t("coordination.attendance.organization")}
              description={t("coordination.attendance.organizationHint")}
              data={members.map((o) => o.name)}
              value={organization}
              onChange={(value) => {
                setOrganization(value);
                form.clear("organizationId");
                form.clear("organizationName");
              }}
              limit={8}
              error={form.errors.organizationId ?? form.errors.organizationName}
            />
            <TextInput
              label={t("coordination.attendance.personTitle")}
              autoComplete="off"
              value={personTitle}
              onChange={(event) => setPersonTitle(event.currentTarget.value)}
              error={form.errors.personTitle}
            />
            <TextInput
              label={t("coordination.attendance.phone")}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              value={phone}
              onChange={(event) => {
                setPhone(event.currentTarget.value);
                form.clear("phone");
              }}
              error={form.errors.phone}
            />
          </SimpleGrid>
          <Button
            type="submit"
            size="md"
            leftSection={<IconUserPlus size={18} aria-hidden />}
            loading={checkIn.isPending}
          >
            {t("coordination.attendance.addWalkIn")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
