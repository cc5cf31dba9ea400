import {
  listNotificationsQuerySchema,
  notificationPageSchema,
  notificationParamsSchema,
  unreadCountSchema,
} from "../../../shared/action-items.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  listNotifications,
  readAllNotifications,
  readNotification,
  unreadCount,
} from "./notifications.service.ts";

const tags = ["notifications"];

export const notificationsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/notifications",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "The caller's notifications (action items assigned, due soon, overdue), newest first",
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationPageSchema, ...errorResponses },
      },
    },
    async (request) => listNotifications(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/notifications/unread-count",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "How many of the caller's notifications are unread (the bell in the header)",
        response: { 200: unreadCountSchema, ...errorResponses },
      },
    },
    async (request) => unreadCount(ctx, actorOf(request)),
  );

  app.post(
    "/api/notifications/:notificationId/read",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Mark one of the caller's notifications read",
        params: notificationParamsSchema,
        response: { 200: unreadCountSchema, ...errorResponses },
      },
    },
    async (request) => readNotification(ctx, actorOf(request), request.params.notificationId),
  );

  app.post(
    "/api/notifications/read-all",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Mark all of the caller's notifications read",
        response: { 200: unreadCountSchema, ...errorResponses },
      },
    },
    async (request) => readAllNotifications(ctx, actorOf(request)),
  );
};
