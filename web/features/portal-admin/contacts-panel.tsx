import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconPlus } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ContactDto, contactInputSchema, telHref } from "../../../shared/portal.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useHomeRegion } from "../cases/use-home-region.ts";
import { RegionCascadeSelect } from "../regions/region-cascade-select.tsx";
import { useContacts, useDeleteContact, useSaveContact } from "./portal-api.ts";

/** The hotline and complaint-post directory of every page's footer; gaps are marked for filling in. */
export function ContactsPanel() {
  const { t } = useTranslation();
  const contacts = useContacts();
  const [editing, setEditing] = useState<ContactDto | "new" | null>(null);
  const items = contacts.data?.items ?? [];
  const incomplete = items.filter((c) => c.missing.length > 0).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("portal.contacts.hint")}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing("new")}>
          {t("portal.contacts.add")}
        </Button>
      </Group>
      {incomplete > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
          {t("portal.contacts.incomplete", { count: incomplete })}
        </Alert>
      ) : null}
      {contacts.isPending ? <InlineLoader /> : null}
      {contacts.isError ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : null}
      {items.map((contact) => (
        <ContactCard key={contact.id} contact={contact} onEdit={() => setEditing(contact)} />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing === "new" ? t("portal.contacts.add") : t("portal.contacts.edit")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing !== null ? (
          <ContactForm contact={editing === "new" ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
    </Stack>
  );
}

function ContactCard({ contact, onEdit }: { contact: ContactDto; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: "1 1 16rem" }}>
          <Group gap="xs">
            <Title order={3} size="h5">
              {contact.name}
            </Title>
            <Badge variant="outline" color="gray.8">
              {t(`portal.contacts.kinds.${contact.kind}`)}
            </Badge>
            {contact.shownPublicly ? null : (
              <Badge variant="outline" color="red.9">
                {t("portal.contacts.notShown")}
              </Badge>
            )}
          </Group>
          {contact.phone ? <Anchor href={telHref(contact.phone)}>{contact.phone}</Anchor> : null}
          {contact.address ? (
            <Text size="sm">
              {contact.address}
              {contact.regionName ? `, ${contact.regionName}` : ""}
            </Text>
          ) : null}
          {contact.hours ? <Text size="sm">{contact.hours}</Text> : null}
          {contact.missing.length > 0 ? (
            <Group gap={6} mt={4}>
              {contact.missing.map((field) => (
                <Badge key={field} color="red" variant="light">
                  {t(`portal.contacts.missing.${field}`)}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Stack>
        <Button
          size="xs"
          variant="default"
          onClick={onEdit}
          aria-label={t("portal.contacts.editNamed", { name: contact.name })}
        >
          {t("portal.contacts.edit")}
        </Button>
      </Group>
    </Card>
  );
}

const shownFields = [
  "kind",
  "name",
  "noteId",
  "noteEn",
  "regionCode",
  "address",
  "hours",
  "phone",
  "visible",
  "position",
];

function ContactForm({ contact, onDone }: { contact: ContactDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const home = useHomeRegion();
  const save = useSaveContact();
  const remove = useDeleteContact();
  const form = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  const [values, setValues] = useState({
    kind: contact?.kind ?? "post",
    name: contact?.name ?? "",
    noteId: contact?.noteId ?? "",
    noteEn: contact?.noteEn ?? "",
    regionCode: contact?.regionCode ?? "",
    address: contact?.address ?? "",
    hours: contact?.hours ?? "",
    phone: contact?.phone ?? "",
    visible: contact?.visible ?? true,
  });

  function change<K extends keyof typeof values>(field: K, value: (typeof values)[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // Only a kelurahan is a place; the city or a kecamatan alone says nothing the address does not.
    const regionCode =
      values.regionCode && values.regionCode.split(".").length === 4 ? values.regionCode : null;
    const input = form.validate(contactInputSchema, { ...values, regionCode });
    if (!input) return;
    save.mutate(
      { id: contact?.id ?? null, input },
      {
        onSuccess: () => {
          notifySuccess(t("portal.contacts.saved"));
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shownFields)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("portal.contacts.kind")}
            data={[
              { value: "post", label: t("portal.contacts.kinds.post") },
              { value: "hotline", label: t("portal.contacts.kinds.hotline") },
            ]}
            value={values.kind}
            onChange={(kind) => change("kind", (kind ?? "post") as "post" | "hotline")}
            allowDeselect={false}
          />
          <TextInput
            label={t("portal.contacts.name")}
            required
            value={values.name}
            onChange={(e) => change("name", e.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label={t("portal.contacts.phone")}
            description={t("portal.contacts.phoneHint")}
            type="tel"
            value={values.phone}
            onChange={(e) => change("phone", e.currentTarget.value)}
            error={form.errors.phone}
          />
          <TextInput
            label={t("portal.contacts.hours")}
            placeholder={t("portal.contacts.hoursExample")}
            value={values.hours}
            onChange={(e) => change("hours", e.currentTarget.value)}
            error={form.errors.hours}
          />
        </SimpleGrid>
        <TextInput
          label={t("portal.contacts.address")}
          value={values.address}
          onChange={(e) => change("address", e.currentTarget.value)}
          error={form.errors.address}
        />
        <RegionCascadeSelect
          rootCode={home}
          value={values.regionCode || home}
          onChange={(code) => change("regionCode", code)}
          error={form.errors.regionCode}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("portal.contacts.noteId")}
            value={values.noteId}
            onChange={(e) => change("noteId", e.currentTarget.value)}
            error={form.errors.noteId}
          />
          <TextInput
            label={t("portal.contacts.noteEn")}
            value={values.noteEn}
            onChange={(e) => change("noteEn", e.currentTarget.value)}
            error={form.errors.noteEn}
            lang="en"
          />
        </SimpleGrid>
        <Switch
          checked={values.visible}
          onChange={(e) => change("visible", e.currentTarget.checked)}
          label={t("portal.contacts.visible")}
        />
        <Group justify="space-between">
          {contact ? (
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t("portal.contacts.remove")}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("portal.contacts.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
      {contact ? (
        <ConfirmModal
          opened={confirming}
          title={t("portal.contacts.remove")}
          message={t("portal.contacts.removeConfirm", { name: contact.name })}
          confirmLabel={t("portal.contacts.remove")}
          danger
          loading={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => remove.mutate(contact.id, { onSuccess: onDone })}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </form>
  );
}
