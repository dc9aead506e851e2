/** Feeds inputs to the runner with a bounded number in flight, and hands outcomes on in input order or as they finish. */
import { formatFailure, type Format, type Outcome } from './format';
import type { InputItem } from './inputs';
import type { Runner } from './runner';

interface ScheduleOptions {
  format: Format;
  ordered: boolean;
  /** Inputs read ahead of the output at most: bounds memory on any input size. */
  window: number;
  /** True once the output is gone: stop reading. */
  stopped(): boolean;
}

export async function schedule(items: AsyncIterable<InputItem>, runner: Runner, emit: (outcome: Outcome) => Promise<void>, o: ScheduleOptions): Promise<void> {
  const outcomeOf = (item: InputItem) => ('task' in item ? runner.run(item.task) : Promise.resolve(formatFailure(item.failure, o.format)));
  const pending: Promise<unknown>[] = [];
  for await (const item of items) {
    if (o.stopped()) break;
    const outcome = outcomeOf(item);
    if (o.ordered) {
      pending.push(outcome);
      outcome.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
      while (pending.length >= o.window) await emit((await pending.shift()) as Outcome);
    } else {
      const done: Promise<unknown> = outcome.then(emit).finally(() => pending.splice(pending.indexOf(done), 1));
      done.catch(() => {});
      pending.push(done);
      if (pending.length >= o.window) await Promise.race(pending);
    }
  }
  if (o.ordered) while (pending.length > 0 && !o.stopped()) await emit((await pending.shift()) as Outcome);
  else await Promise.all(pending);
}
