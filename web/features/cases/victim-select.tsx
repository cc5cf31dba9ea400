import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CasePersonDto } from "../../../shared/people.ts";

/** Choose a victim of the case by pseudonymous code (with "Anak" for a child). */
export function VictimSelect({
  victims,
  value,
  onChange,
  error,
  disabled,
}: {
  victims: CasePersonDto[];
  value: string | null;
  onChange: (casePersonId: string | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t("cases.people.victim")}
      required
      data={victims.map((victim) => ({
        value: victim.id,
        label: victim.isChild ? `${victim.code} (${t("cases.people.child")})` : victim.code,
      }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      error={error}
      disabled={disabled}
      nothingFoundMessage={t("cases.people.noVictims")}
    />
  );
}
