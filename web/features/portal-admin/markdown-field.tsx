import {
  Box,
  Button,
  FileButton,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Typography,
} from "@mantine/core";
import { IconPhotoPlus } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { renderMarkdown } from "../../../shared/portal-markdown.ts";
import { notifyError } from "../../ui/notify.ts";
import { fileToBase64, useUploadImage } from "./portal-api.ts";

type MarkdownFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Language of the text, for the browser's spell check and screen readers. */
  lang: "id" | "en";
};

/** The same renderer the public pages use, so the preview is exactly what will show. */
export function MarkdownPreview({ source }: { source: string }) {
  const html = renderMarkdown(source, { image: (src) => (src.startsWith("/media/") ? { src } : null) });
  return (
    <Typography>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes everything and emits only its own tags (shared/portal-markdown.ts) */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

/** A Markdown text with a preview, and a button that uploads an image (resized by the server) into it. */
export function MarkdownField({ label, value, onChange, error, lang }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"write" | "preview">("write");
  const area = useRef<HTMLTextAreaElement>(null);
  const upload = useUploadImage();

  async function insertImage(file: File | null) {
    if (!file) return;
    try {
      const media = await upload.mutateAsync({
        fileName: file.name,
        contentBase64: await fileToBase64(file),
        altId: file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "),
      });
      const at = area.current?.selectionStart ?? value.length;
      onChange(`${value.slice(0, at)}\n\n${media.markdown}\n\n${value.slice(at)}`.replace(/^\n+/, ""));
    } catch (err) {
      notifyError(t("portal.editor.imageFailed"), err instanceof Error ? err.message : "");
    }
  }

  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(next) => setMode(next as "write" | "preview")}
          data={[
            { value: "write", label: t("portal.editor.write") },
            { value: "preview", label: t("portal.editor.preview") },
          ]}
          aria-label={t("portal.editor.modeLabel", { field: label })}
        />
        <FileButton onChange={(file) => void insertImage(file)} accept="image/jpeg,image/png,image/webp">
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              loading={upload.isPending}
              leftSection={<IconPhotoPlus size={16} aria-hidden />}
            >
              {t("portal.editor.insertImage")}
            </Button>
          )}
        </FileButton>
      </Group>
      {mode === "write" ? (
        <Textarea
          ref={area}
          label={label}
          description={t("portal.editor.markdownHint")}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          autosize
          minRows={10}
          maxRows={30}
          lang={lang}
          styles={{ input: { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 14 } }}
        />
      ) : (
        <Box>
          <Text fw={500} size="sm" mb={4}>
            {label}
          </Text>
          <Box p="sm" bd="1px solid var(--mantine-color-gray-4)" style={{ borderRadius: 4 }} lang={lang}>
            {value.trim() ? (
              <MarkdownPreview source={value} />
            ) : (
              <Text c="dimmed">{t("portal.editor.empty")}</Text>
            )}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
