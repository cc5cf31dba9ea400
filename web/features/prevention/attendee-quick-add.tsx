import { Button, Group, Input, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AgeBand,
  ageBands,
  attendeeInputSchema,
  type ParticipantSex,
  participantSexes,
} from "../../../shared/prevention.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { useAddAttendee } from "./prevention-api.ts";

/**
 * One person at a time, as they come in at the door: type, press Enter, the next one. The
 * form stays open; the organisation or school, sex and age group stay as they were (a class
 * of pupils shares them), only the name and phone clear, and the cursor goes back to the name.
 */
export function AttendeeQuickAdd({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const add = useAddAttendee(activityId);
  const form = useFormErrors();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [affiliation, setAffiliation] = useState("");
  const [sex, setSex] = useState<ParticipantSex | null>(null);
  const [ageBand, setAgeBand] = useState<AgeBand | null>(null);
  const [phone, setPhone] = useState("");
  // Said in the form, not as a toast: at the door toasts would pile up over the next entry.
  const [lastAdded, setLastAdded] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setLastAdded(null);
    const input = form.validate(attendeeInputSchema, {
      name,
      affiliation: blankToUndefined(affiliation),
      sex: sex ?? undefined,
      ageBand: ageBand ?? undefined,
      phone: blankToUndefined(phone),
    });
    if (!input) return;
    add.mutate(input, {
      onSuccess: (saved) => {
        setLastAdded(saved.name);
        setName("");
        setPhone("");
        form.reset();
        nameRef.current?.focus();
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("prevention.attendees.addTitle")}>
      <Stack gap="sm">
        <FormErrorAlert
          message={form.formError}
          extra={unplacedErrors(form.errors, ["name", "affiliation", "sex", "ageBand", "phone"])}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            ref={nameRef}
            label={t("prevention.attendees.name")}
            required
            autoComplete="off"
            autoCapitalize="words"
            enterKeyHint="done"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              form.clearField("name");
            }}
            error={form.errors.name}
          />
          <TextInput
            label={t("prevention.attendees.affiliation")}
            description={t("prevention.attendees.affiliationHint")}
            autoComplete="off"
            value={affiliation}
            onChange={(event) => setAffiliation(event.currentTarget.value)}
            error={form.errors.affiliation}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Input.Wrapper label={t("prevention.attendees.sex")} required error={form.errors.sex}>
            <SegmentedControl
              mt={4}
              fullWidth
              data={participantSexes.map((value) => ({ value, label: t(`prevention.sex.${value}`) }))}
              value={sex ?? ""}
              onChange={(value) => {
                setSex(value as ParticipantSex);
                form.clearField("sex");
              }}
            />
          </Input.Wrapper>
          <Input.Wrapper
            label={t("prevention.attendees.ageBand")}
            description={t("prevention.attendees.ageBandHint")}
            required
            error={form.errors.ageBand}
          >
            <SegmentedControl
              mt={4}
              fullWidth
              data={ageBands.map((value) => ({ value, label: t(`prevention.ageBandsShort.${value}`) }))}
              value={ageBand ?? ""}
              onChange={(value) => {
                setAgeBand(value as AgeBand);
                form.clearField("ageBand");
              }}
            />
          </Input.Wrapper>
        </SimpleGrid>
        <TextInput
          label={t("prevention.attendees.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={(event) => {
            setPhone(event.currentTarget.value);
            form.clearField("phone");
          }}
          error={form.errors.phone}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending} leftSection={<IconUserPlus size={18} aria-hidden />}>
            {t("prevention.attendees.add")}
          </Button>
        </Group>
        <Text size="sm" c="teal.9" role="status" aria-live="polite">
          {lastAdded ? t("prevention.attendees.added", { name: lastAdded }) : ""}
        </Text>
      </Stack>
    </form>
  );
}
