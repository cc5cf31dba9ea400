// The escaping lives in shared/ so the browser's downloads and the server's exports agree.
export { type CsvValue, csvLine } from "../../shared/csv.ts";
