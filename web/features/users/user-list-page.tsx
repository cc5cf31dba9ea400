import { Button, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserDto } from "../../../shared/users.ts";
import { useCan } from "../../app/session-context.tsx";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ResetPasswordModal } from "./reset-password-modal.tsx";
import type { UserMenuChoice } from "./user-actions-menu.tsx";
import { UserFilters } from "./user-filters.tsx";
import { UserFormModal } from "./user-form-modal.tsx";
import { UserTable } from "./user-table.tsx";
import { type UserFilters as Filters, type UserAction, useUserAction, useUserList } from "./users-api.ts";

type Editing = { user: UserDto | null } | null;
type Pending = { user: UserDto; action: UserAction } | null;

export function UserListPage() {
  const { t } = useTranslation();
  const canManage = useCan("user.manage");
  const [search, setSearch] = useState("");
  // Typing on a phone keyboard is slow; waiting for a pause avoids a request per letter.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 350);
  const [filters, setFilters] = useState<Omit<Filters, "q">>({
    role: null,
    organizationId: null,
    active: "true",
  });
  const list = useUserList({ ...filters, q: debouncedSearch });
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const action = useUserAction();

  function choose(choice: UserMenuChoice, user: UserDto) {
    if (choice === "edit") setEditing({ user });
    else if (choice === "resetPassword") setResetting(user);
    else {
      action.reset();
      setPending({ user, action: choice });
    }
  }

  function confirmAction() {
    if (!pending) return;
    action.mutate(
      { id: pending.user.id, action: pending.action },
      {
        onSuccess: () => {
          notifySuccess(t(`users.done.${pending.action}`, { name: pending.user.name }));
          setPending(null);
        },
      },
    );
  }

  const users = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.intro")}
        actions={
          canManage ? (
            <Button
              leftSection={<IconUserPlus size={18} aria-hidden />}
              onClick={() => setEditing({ user: null })}
            >
              {t("users.add")}
            </Button>
          ) : null
        }
      />
      <UserFilters
        search={search}
        onSearchChange={setSearch}
        filters={{ ...filters, q: debouncedSearch }}
        onChange={({ q: _q, ...rest }) => setFilters(rest)}
      />
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && users.length === 0 ? <Text py="md">{t("users.empty")}</Text> : null}
      {users.length > 0 ? <UserTable users={users} onChoose={choose} /> : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <UserFormModal
        opened={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmModal
        opened={pending !== null}
        title={pending ? t(`users.confirm.${pending.action}.title`, { name: pending.user.name }) : ""}
        message={pending ? t(`users.confirm.${pending.action}.body`, { name: pending.user.name }) : ""}
        confirmLabel={pending ? t(`users.confirm.${pending.action}.button`) : ""}
        danger={pending?.action === "deactivate"}
        loading={action.isPending}
        error={action.error?.message ?? null}
        onConfirm={confirmAction}
        onClose={() => setPending(null)}
      />
    </>
  );
}
