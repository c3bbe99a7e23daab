import {
  type Message,
  type MessageType,
  messageSpecs,
  type Responses,
  type SenderContext,
} from './messages';
import { fail, type MessagingResult } from './result';

/** The parts of `runtime.MessageSender` the router looks at. */
export interface Sender {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The sending document (Chrome 106+): a script injected for it never reaches the next one. */
  documentId?: string;
  /** `openerTabId`: the tab a link opened this one from (the next-hop check reads it). */
  tab?: { id?: number; url?: string; openerTabId?: number };
}

export type Handlers = {
  [T in MessageType]: (
    message: Message<T>,
    sender: Sender & { tabId?: number },
  ) => Promise<Responses[T]> | Responses[T];
};

export interface RouterOptions {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  extensionOrigin: string;
  onHandlerError?: (type: MessageType, error: unknown) => void;
  /** A handler's error that is written for people (e.g. storage's) may be shown as it is. */
  publicMessage?: (error: unknown) => string | null;
}

function senderContext(sender: Sender, options: RouterOptions): SenderContext | null {
  const fromOwnPage =
    typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
  if (fromOwnPage) return 'extension-page';
  if (typeof sender.tab?.id === 'number' && sender.tab.id >= 0) return 'content';
  return null;
}

function isKnownType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messageSpecs, type);
}

/**
 * Validates every message and its sender before a handler sees it. Never throws: every failure
 * becomes a typed error answer.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(raw: unknown, sender: Sender): Promise<MessagingResult<unknown>> {
    if (!sender || sender.id !== options.extensionId) {
      return fail('foreign-sender', 'Messages are accepted only from Account Helper itself.');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail('invalid-message', 'A message must be an object with a "type".');
    }
    const type = (raw as { type?: unknown }).type;
    if (!isKnownType(type)) {
      return fail('unknown-message', `Unknown message type: ${describe(type)}.`);
    }
    const spec = messageSpecs[type];
    const context = senderContext(sender, options);
    if (context !== spec.from) {
      return fail(
        'wrong-context',
        `"${type}" may only be sent from a ${spec.from.replace('-', ' ')}.`,
      );
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
      return fail(
        'invalid-message',
        `Invalid "${type}" message${where}: ${issue?.message ?? 'rejected'}.`,
      );
    }
    try {
      const handler = handlers[type] as (m: unknown, s: Sender & { tabId?: number }) => unknown;
      const data = await handler(parsed.data, { ...sender, tabId: sender.tab?.id });
      return { ok: true, data };
    } catch (error) {
      options.onHandlerError?.(type, error);
      const explained = options.publicMessage?.(error);
      return fail('handler-failed', explained ?? `Account Helper could not complete "${type}".`);
    }
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  return value === undefined ? 'none given' : typeof value;
}
