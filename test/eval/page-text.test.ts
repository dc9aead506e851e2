import { copiedText } from '../../src/eval/page-text';

describe('a page copied as text, as the eval scores it', () => {
  const html =
    '<html><head><title>Cook</title><style>p{}</style></head><body><nav><a>Home</a> <a>Jobs</a></nav>' +
    '<script>var x = 1;</script><h1>Line Cook</h1><div hidden>Modal</div><p style="display: none">Gone</p>' +
    '<div>Northwind Diner <span>Tulsa, OK</span></div><table><tr><td>Pay</td><td>$18 an hour</td></tr></table></body></html>';

  test('keeps what the page shows, a block a line, cells apart, and no script, style or hidden element', () => {
    expect(copiedText(html)).toBe('Home Jobs\nLine Cook\nNorthwind Diner Tulsa, OK\nPay $18 an hour');
  });

  test('run into one line, as scrapers often leave it', () => {
    expect(copiedText(html, true)).toBe('Home Jobs Line Cook Northwind Diner Tulsa, OK Pay $18 an hour');
  });
});
