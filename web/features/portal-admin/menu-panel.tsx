import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type MenuItemDto, menuItemInputSchema } from "../../../shared/portal.ts";
import { isApiError } from "../../app/api-client.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { issueMessage } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useMenu, useSaveMenu } from "./portal-api.ts";

type Item = Pick<MenuItemDto, "labelId" | "labelEn" | "href" | "visible"> & { key: string };

export function MenuPanel() {
  const menu = useMenu();
  if (menu.isPending) return <InlineLoader />;
  if (menu.isError) return <QueryError error={menu.error} onRetry={() => void menu.refetch()} />;
  return <MenuForm key={menu.dataUpdatedAt} items={menu.data.items} />;
}

let nextKey = 0;
const keyed = (item: Omit<Item, "key">): Item => ({ ...item, key: `m${++nextKey}` });

/** The portal's menu as one list: order, words in both languages, address, shown or hidden. */
function MenuForm({ items: saved }: { items: MenuItemDto[] }) {
  const { t } = useTranslation();
  const save = useSaveMenu();
  const [items, setItems] = useState<Item[]>(() =>
    saved.map(({ labelId, labelEn, href, visible }) => keyed({ labelId, labelEn, href, visible })),
  );
  // Problems by "row.field": a menu is a list, so each row shows its own.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function change(index: number, patch: Partial<Item>) {
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...patch } : item)));
    setErrors({});
    setFormError(null);
  }
  function move(index: number, by: -1 | 1) {
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const rows = items.map(({ labelId, labelEn, href, visible }) => ({ labelId, labelEn, href, visible }));
    const found: Record<string, string> = {};
    rows.forEach((row, index) => {
      const result = menuItemInputSchema.safeParse(row);
      for (const issue of result.error?.issues ?? []) {
        const field = String(issue.path[0]);
        found[`${index}.${field}`] ??=
          field === "href" && issue.code === "custom" ? t("portal.menu.hrefInvalid") : issueMessage(issue, t);
      }
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { items: rows },
      {
        onSuccess: () => notifySuccess(t("portal.menu.saved")),
        onError: (error) => {
          setFormError(error.message);
          if (!isApiError(error)) return;
          const fromServer: Record<string, string> = {};
          for (const problem of error.fieldErrors) {
            const match = /^items\.(\d+)\.(\w+)/.exec(problem.field);
            if (match) fromServer[`${match[1]}.${match[2]}`] = problem.message;
          }
          setErrors(fromServer);
        },
      },
    );
  }

  const rowError = (index: number, field: string) => errors[`${index}.${field}`];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("portal.menu.hint")}
        </Text>
        <FormErrorAlert message={formError} />
        {items.map((item, index) => (
          <Card key={item.key} withBorder radius="md" padding="sm">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={4}>
                <ActionIcon
                  variant="subtle"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t("portal.menu.up", { label: item.labelId })}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t("portal.menu.down", { label: item.labelId })}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
              </Stack>
              <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                <TextInput
                  label={t("portal.menu.labelId")}
                  value={item.labelId}
                  onChange={(e) => change(index, { labelId: e.currentTarget.value })}
                  error={rowError(index, "labelId")}
                  required
                />
                <TextInput
                  label={t("portal.menu.labelEn")}
                  value={item.labelEn}
                  onChange={(e) => change(index, { labelEn: e.currentTarget.value })}
                  error={rowError(index, "labelEn")}
                  required
                  lang="en"
                />
                <TextInput
                  label={t("portal.menu.href")}
                  value={item.href}
                  onChange={(e) => change(index, { href: e.currentTarget.value })}
                  error={rowError(index, "href")}
                  required
                />
              </SimpleGrid>
              <Stack gap="xs" align="flex-end">
                <Switch
                  checked={item.visible}
                  onChange={(e) => change(index, { visible: e.currentTarget.checked })}
                  label={t("portal.menu.visible")}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
                  aria-label={t("portal.menu.remove", { label: item.labelId })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Stack>
            </Group>
          </Card>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              setItems((current) => [
                ...current,
                keyed({ labelId: "", labelEn: "", href: "/", visible: true }),
              ])
            }
          >
            {t("portal.menu.add")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("portal.menu.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
