import { Alert, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

type FormErrorAlertProps = {
  message: string | null;
  extra?: string[];
};

/** The form-level failure; `extra` lists field errors that no visible input can show. */
export function FormErrorAlert({ message, extra = [] }: FormErrorAlertProps) {
  if (!message && extra.length === 0) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
      {message}
      {extra.length > 0 ? (
        <List size="sm" mt={message ? "xs" : 0}>
          {extra.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
