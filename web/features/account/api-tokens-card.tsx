import { ActionIcon, Card, Stack, Table, Text, Title } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiTokenDto } from "../../../shared/auth.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { type CreatedApiToken, useApiTokens, useRevokeApiToken } from "./account-api.ts";
import { CreateTokenForm } from "./create-token-form.tsx";
import { CreatedTokenAlert } from "./created-token-alert.tsx";

/** Personal tokens for integrations (`Authorization: Bearer …`). */
export function ApiTokensCard() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenDto | null>(null);

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifySuccess(t("tokens.revoked", { name: revoking.name }));
        setRevoking(null);
      },
    });
  }

  const items = tokens.data?.items ?? [];

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("tokens.title")}
      </Title>
      <Text size="sm" mb="md">
        {t("tokens.intro")}
      </Text>
      <Stack gap="md">
        {created ? <CreatedTokenAlert token={created} onDone={() => setCreated(null)} /> : null}
        <CreateTokenForm onCreated={setCreated} />
        {tokens.isPending ? <InlineLoader /> : null}
        {tokens.isError ? <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
        {tokens.isSuccess && items.length === 0 ? <Text size="sm">{t("tokens.empty")}</Text> : null}
        {items.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("tokens.name")}</Table.Th>
                  <Table.Th>{t("tokens.prefix")}</Table.Th>
                  <Table.Th>{t("tokens.createdAt")}</Table.Th>
                  <Table.Th>{t("tokens.lastUsedAt")}</Table.Th>
                  <Table.Th>{t("tokens.expiresAt")}</Table.Th>
                  <Table.Th>{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("tokens.neverUsed")}
                    </Table.Td>
                    <Table.Td>
                      {token.expiresAt ? formatDateTime(token.expiresAt) : t("tokens.noExpiry")}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("tokens.revokeNamed", { name: token.name })}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(token);
                        }}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title={revoking ? t("tokens.revokeTitle", { name: revoking.name }) : ""}
        message={t("tokens.revokeBody")}
        confirmLabel={t("tokens.revoke")}
        danger
        loading={revoke.isPending}
        error={revoke.error?.message ?? null}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Card>
  );
}
