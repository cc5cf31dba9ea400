import { Autocomplete, Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconFilter, IconX } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { listAuditQuerySchema } from "../../../shared/audit.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { useUserOptions } from "../users/users-api.ts";
import type { AuditFilters as Filters } from "./audit-api.ts";
import { auditEventLabels } from "./audit-event-label.ts";

const empty = { userId: "", event: "", recordType: "", recordId: "", from: "", to: "" };

/** Filters apply on a button press: one request per search suits a slow connection. */
export function AuditFilters({ onApply }: { onApply: (filters: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const canReadUsers = useCan("user.read");
  const users = useUserOptions(canReadUsers);
  const form = useFormErrors();
  const [values, setValues] = useState(empty);

  function change(field: keyof typeof empty, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const labels = auditEventLabels(i18n);
    // Someone may type the label they see rather than the code; accept both.
    const typedEvent = blankToUndefined(values.event);
    const eventCode = Object.entries(labels).find(([, label]) => label === typedEvent)?.[0] ?? typedEvent;
    const parsed = form.validate(listAuditQuerySchema.omit({ cursor: true, limit: true }), {
      userId: blankToUndefined(values.userId),
      event: eventCode,
      recordType: blankToUndefined(values.recordType),
      recordId: blankToUndefined(values.recordId),
      from: blankToUndefined(values.from),
      to: blankToUndefined(values.to),
    });
    if (parsed) onApply(parsed);
  }

  function clear() {
    setValues(empty);
    form.reset();
    onApply({});
  }

  const eventOptions = Object.entries(auditEventLabels(i18n)).map(([code, label]) => ({
    value: code,
    label,
  }));

  return (
    <form onSubmit={apply} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="sm">
        {canReadUsers ? (
          <Select
            label={t("audit.actor")}
            placeholder={t("common.all")}
            data={(users.data?.items ?? []).map((user) => ({
              value: user.id,
              label: `${user.name} (${user.email})`,
            }))}
            value={values.userId || null}
            onChange={(userId) => change("userId", userId ?? "")}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            nothingFoundMessage={t("common.nothingFound")}
          />
        ) : (
          <TextInput
            label={t("audit.actorId")}
            description={t("audit.actorIdHint")}
            value={values.userId}
            onChange={(event) => change("userId", event.currentTarget.value)}
            error={form.errors.userId}
          />
        )}
        <Autocomplete
          label={t("audit.event")}
          placeholder={t("common.all")}
          data={eventOptions.map((option) => option.label)}
          value={values.event ? (auditEventLabels(i18n)[values.event] ?? values.event) : ""}
          onChange={(value) =>
            change("event", eventOptions.find((option) => option.label === value)?.value ?? value)
          }
          error={form.errors.event}
        />
        <TextInput
          label={t("audit.recordType")}
          placeholder={t("audit.recordTypePlaceholder")}
          value={values.recordType}
          onChange={(event) => change("recordType", event.currentTarget.value)}
          error={form.errors.recordType}
        />
        <TextInput
          label={t("audit.recordId")}
          value={values.recordId}
          onChange={(event) => change("recordId", event.currentTarget.value)}
          error={form.errors.recordId}
        />
        <TextInput
          label={t("audit.from")}
          type="date"
          value={values.from}
          onChange={(event) => change("from", event.currentTarget.value)}
          error={form.errors.from}
        />
        <TextInput
          label={t("audit.to")}
          type="date"
          value={values.to}
          onChange={(event) => change("to", event.currentTarget.value)}
          error={form.errors.to}
        />
      </SimpleGrid>
      <Group mb="md">
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          {t("audit.apply")}
        </Button>
        <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={clear}>
          {t("audit.reset")}
        </Button>
      </Group>
    </form>
  );
}
