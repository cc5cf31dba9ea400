import { ActionIcon, Switch, Table, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { VocabularyTermDto } from "../../../shared/reference.ts";
import { notifyError } from "../../ui/notify.ts";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { termLabel, useUpdateTerm } from "./vocabularies-api.ts";

type TermTableProps = {
  kind: string;
  terms: VocabularyTermDto[];
  canManage: boolean;
  onEdit: (term: VocabularyTermDto) => void;
};

export function TermTable({ kind, terms, canManage, onEdit }: TermTableProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateTerm(kind);
  const sorted = [...terms].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));

  function toggle(term: VocabularyTermDto, active: boolean) {
    update.mutate(
      { code: term.code, input: { active } },
      {
        onError: (error) => notifyError(t("vocabularies.saveFailed"), error.message),
      },
    );
  }

  if (sorted.length === 0) return <Text>{t("vocabularies.noTerms")}</Text>;

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("vocabularies.code")}</Table.Th>
            <Table.Th>{t("vocabularies.labelId")}</Table.Th>
            <Table.Th>{t("vocabularies.labelEn")}</Table.Th>
            <Table.Th>{t("vocabularies.htcds")}</Table.Th>
            <Table.Th>{t("vocabularies.sortOrder")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            {canManage ? <Table.Th>{t("common.actions")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((term) => {
            const label = termLabel(term, term.code, i18n.language);
            return (
              <Table.Tr key={term.code}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {term.code}
                  </Text>
                </Table.Td>
                <Table.Td>{term.labelId}</Table.Td>
                <Table.Td>{term.labelEn}</Table.Td>
                <Table.Td>{term.htcds ?? ""}</Table.Td>
                <Table.Td>{term.sortOrder}</Table.Td>
                <Table.Td>
                  {canManage ? (
                    <Switch
                      checked={term.active}
                      onChange={(event) => toggle(term, event.currentTarget.checked)}
                      disabled={update.isPending && update.variables?.code === term.code}
                      aria-label={t("vocabularies.toggleActive", { label })}
                    />
                  ) : (
                    <StatusBadge active={term.active} />
                  )}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="dark"
                      aria-label={t("vocabularies.editTerm", { label })}
                      onClick={() => onEdit(term)}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
