import { useEffect, useState } from 'preact/hooks';
import { errorText } from './i18n';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string };

/** Runs `load` once and tracks its outcome; a failure keeps its message for the user. */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          message: errorText(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
