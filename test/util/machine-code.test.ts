import { machineCodeOnFirstCall } from '../../src/util/machine-code';

describe('machineCodeOnFirstCall', () => {
  it('leaves the patterns matching as before, their lastIndex kept', () => {
    const sticky = /b+/y;
    const global = /a(b+)/g;
    sticky.lastIndex = 1;
    global.lastIndex = 2;
    machineCodeOnFirstCall([sticky, global])();
    expect(sticky.lastIndex).toBe(1);
    expect(global.lastIndex).toBe(2);
    expect(sticky.exec('abbc')?.[0]).toBe('bb');
    global.lastIndex = 0;
    expect([...'abb ab'.matchAll(global)].map((m) => m[1])).toEqual(['bb', 'b']);
  });

  it('runs the patterns on the first call only', () => {
    const re = /x/;
    let runs = 0;
    const exec = re.exec.bind(re);
    re.exec = (s: string) => {
      runs++;
      return exec(s);
    };
    const compile = machineCodeOnFirstCall([re]);
    compile();
    compile();
    expect(runs).toBe(1);
  });
});
