import { Box, Button, Grid, Group, NavLink, Select, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { VocabularyTermDto } from "../../../shared/reference.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { kindLabel } from "./kind-label.ts";
import { TermFormModal } from "./term-form-modal.tsx";
import { TermTable } from "./term-table.tsx";
import { useVocabularies } from "./vocabularies-api.ts";

export function VocabulariesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const canManage = useCan("vocabulary.manage");
  const vocabularies = useVocabularies();
  const [editing, setEditing] = useState<{ term: VocabularyTermDto | null } | null>(null);

  const kinds = [...(vocabularies.data?.items ?? [])].sort((a, b) =>
    kindLabel(i18n, a.kind).localeCompare(kindLabel(i18n, b.kind), i18n.language),
  );
  const selected = kinds.find((item) => item.kind === params.kind) ?? kinds[0];

  return (
    <>
      <PageHeader title={t("vocabularies.title")} description={t("vocabularies.intro")} />
      {vocabularies.isPending ? <InlineLoader /> : null}
      {vocabularies.isError ? (
        <QueryError error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />
      ) : null}
      {vocabularies.isSuccess && !selected ? <Text>{t("vocabularies.empty")}</Text> : null}
      {selected ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            {/* A long list of links suits a wide screen; a phone gets a compact picker. */}
            <Select
              hiddenFrom="md"
              label={t("vocabularies.kind")}
              data={kinds.map((item) => ({ value: item.kind, label: kindLabel(i18n, item.kind) }))}
              value={selected.kind}
              onChange={(kind) => kind && navigate(paths.vocabulary(kind))}
              allowDeselect={false}
              searchable
            />
            <Box component="nav" aria-label={t("vocabularies.kindNav")} visibleFrom="md">
              <Stack gap={2}>
                {kinds.map((item) => (
                  <NavLink
                    key={item.kind}
                    component={Link}
                    to={paths.vocabulary(item.kind)}
                    label={kindLabel(i18n, item.kind)}
                    active={item.kind === selected.kind}
                    aria-current={item.kind === selected.kind ? "page" : undefined}
                  />
                ))}
              </Stack>
            </Box>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3">
                {kindLabel(i18n, selected.kind)}
              </Title>
              {canManage ? (
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setEditing({ term: null })}
                >
                  {t("vocabularies.addTerm")}
                </Button>
              ) : null}
            </Group>
            <TermTable
              kind={selected.kind}
              terms={selected.terms}
              canManage={canManage}
              onEdit={(term) => setEditing({ term })}
            />
          </Grid.Col>
        </Grid>
      ) : null}
      {selected ? (
        <TermFormModal
          kind={selected.kind}
          opened={editing !== null}
          term={editing?.term ?? null}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
