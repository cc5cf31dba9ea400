import { Button, Group, NumberInput, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { createApiTokenInputSchema } from "../../../shared/auth.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { type CreatedApiToken, useCreateApiToken } from "./account-api.ts";

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const form = useFormErrors();
  const [name, setName] = useState("");
  const [days, setDays] = useState<number | "">(90);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(createApiTokenInputSchema, {
      name,
      expiresInDays: days === "" ? undefined : days,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (token) => {
        setName("");
        onCreated(token);
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorAlert message={form.formError} />
      <Group align="flex-start" gap="sm" mt={form.formError ? "sm" : 0}>
        <TextInput
          label={t("tokens.name")}
          placeholder={t("tokens.namePlaceholder")}
          required
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            form.clearField("name");
          }}
          error={form.errors.name}
          style={{ flex: "1 1 220px" }}
        />
        <NumberInput
          label={t("tokens.expiresInDays")}
          description={t("tokens.expiresHint")}
          min={1}
          max={365}
          allowDecimal={false}
          value={days}
          onChange={(value) => {
            setDays(typeof value === "number" ? value : "");
            form.clearField("expiresInDays");
          }}
          error={form.errors.expiresInDays}
          w={180}
        />
        <Button type="submit" loading={create.isPending} mt={{ base: 0, sm: 25 }}>
          {t("tokens.create")}
        </Button>
      </Group>
    </form>
  );
}
