import { Card, Radio, Stack, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/session-context.tsx";
import { useLanguage } from "../../app/use-language.ts";
import { isLanguage } from "../../i18n/i18n.ts";
import { roleLabel } from "../../ui/role-label.ts";

/** Who the user is (read-only: an administrator changes names and roles) and their language. */
export function ProfileCard() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { language, changeLanguage } = useLanguage();

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t("account.profile")}
      </Title>
      <Table variant="vertical" withRowBorders={false} mb="md">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{t("users.name")}</Table.Th>
            <Table.Td>{user.name}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t("auth.email")}</Table.Th>
            <Table.Td>{user.email}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t("users.role")}</Table.Th>
            <Table.Td>{roleLabel(user.role, t)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Radio.Group
        label={t("account.language")}
        description={t("account.languageHint")}
        value={language}
        onChange={(value) => isLanguage(value) && changeLanguage(value)}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="id" label={t("language.nameId")} lang="id" />
          <Radio value="en" label={t("language.nameEn")} lang="en" />
        </Stack>
      </Radio.Group>
    </Card>
  );
}
