import { Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import {
  type CasePersonDto,
  type IdentityDto,
  type PersonRole,
  personRoles,
} from "../../../shared/people.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useCasePeople, useRemovePerson } from "./people-api.ts";
import { PersonCard } from "./person-card.tsx";
import { PersonForm } from "./person-form.tsx";
import { RevealIdentityModal } from "./reveal-identity-modal.tsx";

type Editing = { person: CasePersonDto | null; role: PersonRole | null } | null;

export function PeopleTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const people = useCasePeople(theCase.id);
  const remove = useRemovePerson(theCase.id);
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<CasePersonDto | null>(null);
  const [revealing, setRevealing] = useState<CasePersonDto | null>(null);
  // Revealed identities live only here: leaving the tab or the page forgets them.
  const [revealed, setRevealed] = useState<ReadonlyMap<string, IdentityDto>>(new Map());

  if (people.isPending) return <InlineLoader />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;

  const items = people.data.items;
  const victims = items.filter((person) => person.role === "victim");
  const codeOf = new Map(items.map((person) => [person.id, person.code]));

  function confirmRemove() {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notifySuccess(t("cases.people.removed", { code: removing.code }));
        setRemoving(null);
      },
    });
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t("cases.people.intro")}
        </Text>
        {theCase.abilities.update ? (
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => setEditing({ person: null, role: "victim" })}
          >
            {t("cases.people.addPerson")}
          </Button>
        ) : null}
      </Group>
      {items.length === 0 ? <Text>{t("cases.people.empty")}</Text> : null}
      {personRoles.map((role) => {
        const group = items.filter((person) => person.role === role);
        if (group.length === 0) return null;
        return (
          <section key={role} aria-labelledby={`people-${role}`}>
            <Title order={2} size="h3" id={`people-${role}`} mb="sm">
              {t(`cases.people.groups.${role}`)} ({group.length})
            </Title>
            <Stack gap="sm">
              {group.map((person) => (
                <PersonCard
                  key={person.id}
                  person={person}
                  guardianOfCode={person.guardianOfId ? (codeOf.get(person.guardianOfId) ?? null) : null}
                  identity={revealed.get(person.id) ?? null}
                  onReveal={() => setRevealing(person)}
                  onHide={() =>
                    setRevealed((current) => {
                      const next = new Map(current);
                      next.delete(person.id);
                      return next;
                    })
                  }
                  onEdit={() => setEditing({ person, role: person.role })}
                  onRemove={() => {
                    remove.reset();
                    setRemoving(person);
                  }}
                />
              ))}
            </Stack>
          </section>
        );
      })}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        fullScreen={isPhone}
        title={
          editing?.person
            ? t("cases.people.editTitle", { code: editing.person.code })
            : t("cases.people.addTitle", { number: theCase.number })
        }
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? (
          <PersonForm
            caseId={theCase.id}
            person={editing.person}
            initialRole={editing.role}
            victims={victims}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <RevealIdentityModal
        caseId={theCase.id}
        person={revealing}
        onClose={() => setRevealing(null)}
        onRevealed={(identity) => {
          const person = revealing;
          if (person) setRevealed((current) => new Map(current).set(person.id, identity));
          setRevealing(null);
        }}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t("cases.people.removeTitle", { code: removing?.code ?? "" })}
        message={t("cases.people.removeBody")}
        confirmLabel={t("cases.people.remove")}
        danger
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
