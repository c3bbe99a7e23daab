import type { Message, MessageType, Responses } from '../messaging/messages';
import { isMessagingResult, MessagingError } from '../messaging/result';
import { contentApi } from './ext';

/**
 * `send` for content scripts: the same envelope checks as `messaging/client`, over the browser's
 * own promise-based `runtime.sendMessage` (see ext.ts for why not the polyfill).
 */
export async function send<T extends MessageType>(
  message: Message<T> & { type: T },
): Promise<Responses[T]> {
  const answer = await contentApi().runtime.sendMessage(message);
  if (!isMessagingResult(answer)) {
    throw new MessagingError('no-answer', 'The extension’s background did not answer in time.');
  }
  if (!answer.ok) throw new MessagingError(answer.error.code, answer.error.message);
  return answer.data as Responses[T];
}
