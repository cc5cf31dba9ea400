import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

type LanguageSwitchProps = {
  value: "id" | "en";
  onChange: (language: "id" | "en") => void;
};

// Each language is named in itself, so someone who cannot read the current UI language
// still finds their own; the names stay the same in both UI languages.
const options = [
  { value: "id", short: "ID", nameKey: "language.switchId", lang: "id" },
  { value: "en", short: "EN", nameKey: "language.switchEn", lang: "en" },
] as const;

/** Two toggle buttons; the pressed one is the current language. */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t("language.switch")}>
      {options.map((option) => (
        <Button
          key={option.value}
          size="xs"
          variant={value === option.value ? "filled" : "default"}
          aria-pressed={value === option.value}
          aria-label={t(option.nameKey)}
          lang={option.lang}
          onClick={() => onChange(option.value)}
        >
          {option.short}
        </Button>
      ))}
    </Group>
  );
}
