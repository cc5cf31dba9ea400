import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/roles.ts";
import { createUserInputSchema, type UserDto, updateUserInputSchema } from "../../../shared/users.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { roleOptions } from "../../ui/role-label.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useSaveUser } from "./users-api.ts";

type UserFormModalProps = {
  /** The user to edit, or null to create one. */
  user: UserDto | null;
  opened: boolean;
  onClose: () => void;
};

type Values = {
  name: string;
  email: string;
  role: Role | null;
  organizationId: string | null;
  password: string;
  locale: "id" | "en";
};

const fields = ["name", "email", "role", "organizationId", "password", "locale"] as const;

function initialValues(user: UserDto | null): Values {
  return {
    name: user?.name ?? "",
    email: user?.email ?? "",
    role: user?.role ?? null,
    organizationId: user?.organizationId ?? null,
    password: "",
    locale: user?.locale ?? "id",
  };
}

export function UserFormModal({ user, opened, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const title = user ? t("users.editTitle", { name: user.name }) : t("users.createTitle");
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {/* Keyed so reopening for another user starts from that user's values. */}
      {opened ? <UserForm key={user?.id ?? "new"} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function UserForm({ user, onDone }: { user: UserDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUser();
  const form = useFormErrors();
  const [values, setValues] = useState<Values>(() => initialValues(user));
  const organizations = useOrganizationOptions(useCan("organization.read"));

  const organizationData = (organizations.data?.items ?? [])
    .filter((item) => item.active || item.id === values.organizationId)
    .map((item) => ({ value: item.id, label: item.name }));
  // Without organisation.read the list is empty; keep the current one so editing still works.
  if (user && !organizationData.some((item) => item.value === user.organizationId)) {
    organizationData.unshift({ value: user.organizationId, label: user.organizationName });
  }

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const common = {
      name: values.name,
      email: values.email,
      role: values.role ?? undefined,
      organizationId: values.organizationId ?? undefined,
      locale: values.locale,
    };
    const input = user
      ? form.validate(updateUserInputSchema, common)
      : form.validate(createUserInputSchema, { ...common, password: values.password });
    if (!input) return;
    save.mutate(
      { id: user?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifySuccess(
            user ? t("users.saved", { name: saved.name }) : t("users.created", { name: saved.name }),
          );
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <TextInput
          label={t("users.name")}
          required
          value={values.name}
          onChange={(event) => change("name", event.currentTarget.value)}
          error={form.errors.name}
        />
        <TextInput
          label={t("auth.email")}
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={(event) => change("email", event.currentTarget.value)}
          error={form.errors.email}
        />
        <Select<Role>
          label={t("users.role")}
          required
          data={roleOptions(t)}
          value={values.role}
          onChange={(role) => change("role", role)}
          error={form.errors.role}
          allowDeselect={false}
        />
        <Select
          label={t("users.organization")}
          required
          searchable
          data={organizationData}
          value={values.organizationId}
          onChange={(organizationId) => change("organizationId", organizationId)}
          error={form.errors.organizationId}
          nothingFoundMessage={t("common.nothingFound")}
          allowDeselect={false}
        />
        {user ? null : (
          <PasswordInput
            label={t("users.initialPassword")}
            description={t("account.passwordHint")}
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => change("password", event.currentTarget.value)}
            error={form.errors.password}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
        )}
        <Select<"id" | "en">
          label={t("users.locale")}
          data={[
            { value: "id", label: t("language.nameId") },
            { value: "en", label: t("language.nameEn") },
          ]}
          value={values.locale}
          onChange={(locale) => change("locale", locale ?? "id")}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {user ? t("common.save") : t("users.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
