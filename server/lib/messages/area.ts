/**
 * One area's messages in both languages. English must carry every Indonesian key: a missing
 * or extra one fails to compile.
 */
export function areaMessages<const K extends string>(
  id: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): { id: Record<K, string>; en: Record<K, string> } {
  return { id, en };
}
