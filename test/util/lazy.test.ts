import { lazy } from '../../src/util/lazy';

describe('lazy', () => {
  test('makes its value on the first call only, and returns that one after', () => {
    let made = 0;
    const value = lazy(() => ({ n: ++made }));
    expect(made).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(made).toBe(1);
  });
});
