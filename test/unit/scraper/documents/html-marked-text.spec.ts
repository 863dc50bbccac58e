import { formatMarkup } from '../../../../libs/code/src/text/marked-text';
import { extractHtmlMarkedText } from '../../../../libs/scraper/src/documents/html-marked-text';

const markup = (html: string): string => formatMarkup(extractHtmlMarkedText(html));

describe('extractHtmlMarkedText', () => {
  it('reads s, strike and del as struck and u and ins as underlined', () => {
    expect(markup('<p>a <s>one</s> b <strike>two</strike> c <del>three</del> d <u>four</u> e <ins>five</ins> f</p>')).toBe(
      'a [-one-] b [-two-] c [-three-] d {+four+} e {+five+} f',
    );
  });

  it('reads inline text-decoration styles', () => {
    expect(
      markup(
        '<p>when performing <span style="text-decoration: line-through">his</span> ' +
          '<span style="TEXT-DECORATION:underline;color:red">the Commissioner\'s</span> ' +
          '<span style="text-decoration-line: underline line-through">both</span> powers</p>',
      ),
    ).toBe("when performing [-his-] {+the Commissioner's+} [-both-] powers");
  });

  it('accumulates nested decorations like CSS, a strike winning over an underline', () => {
    expect(
      markup(
        '<p><u>added <b>bold <s>struck</s></b> end</u> <span style="text-decoration:underline"><span style="text-decoration:none">still</span></span></p>',
      ),
    ).toBe('{+added bold +}[-struck-]{+ end+} {+still+}');
  });

  it('makes a paragraph of every block element and <br>, dropping empty ones', () => {
    expect(
      markup(
        '<html><head><title>Title is not text</title></head><body>' +
          '<h1>ORDINANCE</h1><div>SECTION 1. <u>Inserted</u><p>inner paragraph</p>after</div>' +
          '<ul><li>(1) one</li><li>(2) two<br>second line</li></ul><p>  </p><table><tr><td>cell</td></tr></table></body></html>',
      ),
    ).toBe('ORDINANCE\nSECTION 1. {+Inserted+}\ninner paragraph\nafter\n(1) one\n(2) two\nsecond line\ncell');
  });

  it('ignores scripts, styles, comments and hidden elements, and decodes entities', () => {
    expect(
      markup(
        '<style>s { color: red }</style><script>document.write("<s>x</s>")</script><!-- <u>comment</u> -->' +
          '<p>A&nbsp;&amp;&#32;B <span hidden>hidden</span><span style="display:none">gone</span><s>C&lt;D</s></p>',
      ),
    ).toBe('A & B [-C<D-]');
  });

  it('collapses white space across runs and trims paragraphs', () => {
    const doc = extractHtmlMarkedText('<p>\n  the   <u> new\n words </u>  here \n</p>');
    expect(doc).toEqual({
      format: 'html',
      paragraphs: [
        {
          runs: [
            { text: 'the ', mark: 'none' },
            { text: 'new words ', mark: 'underline' },
            { text: 'here', mark: 'none' },
          ],
        },
      ],
    });
  });
});
