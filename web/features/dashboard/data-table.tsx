import { Box, Button, Table, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Cell, displayCell, type TableData } from "./table-data.ts";

type DataTableProps = {
  table: TableData;
  caption: string;
  id?: string;
  /** Rows shown before "show all": a list of sixty organisations should not bury the page. */
  limit?: number;
};

/**
 * A chart's figures as a real table: the first column names each row for screen readers, numbers
 * align right, and a wide table scrolls inside its card instead of widening the page.
 */
export function DataTable({ table, caption, id, limit }: DataTableProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const cut = limit !== undefined && !all && table.rows.length > limit;
  const rows = cut ? table.rows.slice(0, limit) : table.rows;
  return (
    <>
      <Box
        id={id}
        // A region that scrolls must be reachable by keyboard, or its hidden columns are unreadable.
        tabIndex={0}
        role="region"
        aria-label={caption}
        style={{ overflowX: "auto", maxWidth: "100%" }}
      >
        <Table
          striped
          withTableBorder
          fz="sm"
          style={{ minWidth: Math.min(560, table.columns.length * 110) }}
        >
          {/* The card's title names the table on screen; the caption names it for screen readers. */}
          <Table.Caption style={{ margin: 0, padding: 0 }}>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th
                  key={column.label}
                  scope="col"
                  style={{ textAlign: column.kind && column.kind !== "text" ? "right" : "left" }}
                >
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={String(row[0])}>
                {row.map((cell: Cell, index) => {
                  const kind = table.columns[index]?.kind;
                  const numeric = kind !== undefined && kind !== "text";
                  const text = displayCell(cell, kind);
                  const key = table.columns[index]?.label ?? index;
                  return index === 0 ? (
                    <Table.Th key={key} scope="row" fw={500}>
                      {text}
                    </Table.Th>
                  ) : (
                    <Table.Td
                      key={key}
                      style={{ textAlign: numeric ? "right" : "left", whiteSpace: "nowrap" }}
                    >
                      {text}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {cut ? (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setAll(true)}
          style={{ alignSelf: "flex-start" }}
        >
          {t("dashboard.card.showAllRows", { count: table.rows.length })}
        </Button>
      ) : null}
    </>
  );
}
