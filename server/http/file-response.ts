import { z } from "zod";

/** A download is raw bytes: Fastify sends a Buffer as it is, past the JSON serialiser. */
export const fileBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: "string", format: "binary" });

/** The documented 200 answer of a route that sends a file of one of these types. */
export function fileResponse(description: string, mimeTypes: readonly string[]) {
  return {
    description,
    content: Object.fromEntries(mimeTypes.map((type) => [type, { schema: fileBytes }])),
  };
}
