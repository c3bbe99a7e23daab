import { browser } from 'wxt/browser';
import type { Message, MessageType, Responses } from './messages';
import { isMessagingResult, MessagingError } from './result';

type Transport = (message: unknown) => Promise<unknown>;

const defaultTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Sends a message to the background and returns its typed answer, or throws `MessagingError`. */
export async function send<T extends MessageType>(
  message: Message<T> & { type: T },
  transport: Transport = defaultTransport,
): Promise<Responses[T]> {
  const answer = await transport(message);
  if (!isMessagingResult(answer)) {
    throw new MessagingError('no-answer', 'The extension’s background did not answer in time.');
  }
  if (!answer.ok) throw new MessagingError(answer.error.code, answer.error.message);
  return answer.data as Responses[T];
}
