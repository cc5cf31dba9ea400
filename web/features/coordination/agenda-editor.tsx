import { ActionIcon, Button, Group, Input, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../ui/form-errors.ts";

/** One agenda row as a form holds it; `id` marks an item that already exists. */
export type AgendaRow = { key: string; id?: string; title: string; presenter: string };

let nextKey = 0;
export function newAgendaRow(title = "", presenter = "", id?: string): AgendaRow {
  nextKey += 1;
  return { key: `agenda-${nextKey}`, id, title, presenter };
}

type AgendaEditorProps = {
  rows: AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  errors: FieldErrors;
  /** Path of the list in the request ("agenda" or "items"), to find each row's messages. */
  path: string;
};

/** The ordered agenda: type an item, add the next, move or remove with a tap. */
export function AgendaEditor({ rows, onChange, errors, path }: AgendaEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AgendaRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    onChange(next);
  };
  return (
    <Input.Wrapper
      label={t("coordination.fields.agenda")}
      description={t("coordination.fields.agendaHint")}
      error={errors[path]}
    >
      <Stack gap="xs" mt={6}>
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder p="xs" radius="sm">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Text fw={700} w={20} pb={8} aria-hidden>
                {index + 1}.
              </Text>
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <TextInput
                  label={t("coordination.fields.agendaItem", { number: index + 1 })}
                  value={row.title}
                  onChange={(event) => update(index, { title: event.currentTarget.value })}
                  error={errors[`${path}.${index}.title`]}
                />
                <TextInput
                  label={t("coordination.fields.presenter")}
                  size="xs"
                  value={row.presenter}
                  onChange={(event) => update(index, { presenter: event.currentTarget.value })}
                  error={errors[`${path}.${index}.presenter`]}
                />
              </Stack>
              <Stack gap={2}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t("coordination.agenda.up", { number: index + 1 })}
                >
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t("coordination.agenda.down", { number: index + 1 })}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  aria-label={t("coordination.agenda.remove", { number: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Stack>
            </Group>
          </Paper>
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...rows, newAgendaRow()])}
          style={{ alignSelf: "flex-start" }}
        >
          {t("coordination.agenda.add")}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

/** The rows as the API takes them, in order (a blank title is shown as an error on its row). */
export function agendaInput(rows: AgendaRow[]) {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    title: row.title.trim(),
    presenter: row.presenter.trim() || null,
  }));
}
