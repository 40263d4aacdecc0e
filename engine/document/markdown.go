package document

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)).Parser()

func readMarkdown(doc *Document) error {
	body, err := frontMatter(doc)
	if err != nil {
		return err
	}
	// goldmark parses a copy in which the BOM and front matter are blanked,
	// so that its segments are offsets into the file itself.
	src := doc.Buf
	if body > 0 || bytes.HasPrefix(src, bom) {
		src = bytes.Clone(src)
		n := max(body, 3*boolInt(bytes.HasPrefix(src, bom)))
		for i := 0; i < n; i++ {
			if src[i] != '\n' && src[i] != '\r' {
				src[i] = ' '
			}
		}
	}
	root := mdParser.Parse(text.NewReader(src), parser.WithContext(parser.NewContext()))
	r := &mdReader{doc: doc, src: src}
	r.blocks(root, KindParagraph)
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

type mdReader struct {
	doc *Document
	src []byte
}

type pendingLink struct {
	url  string
	a, b int
}

func (r *mdReader) blocks(n ast.Node, kind string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			r.leaf(c, KindHeading, c.Level)
		case *ast.Paragraph, *ast.TextBlock:
			r.leaf(c, kind, 0)
		case *ast.List, *ast.ListItem:
			r.blocks(c, KindListItem)
		case *ast.Blockquote:
			r.blocks(c, KindQuote)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak, *ast.LinkReferenceDefinition:
			// code is not prose
		case *ast.HTMLBlock:
			lines := c.Lines()
			if lines.Len() > 0 {
				end := lines.At(lines.Len() - 1).Stop
				if c.HasClosure() {
					end = c.ClosureLine.Stop
				}
				r.doc.commentDirectives(lines.At(0).Start, end)
			}
		case *east.Table:
			for row := c.FirstChild(); row != nil; row = row.NextSibling() {
				r.tableRow(row)
			}
		default:
			r.blocks(c, kind)
		}
	}
}

func (r *mdReader) leaf(n ast.Node, kind string, level int) {
	b := NewTextBuilder(true)
	var links []pendingLink
	r.inline(n, b, &links)
	r.add(b, kind, level, links)
}

func (r *mdReader) tableRow(row ast.Node) {
	b := NewTextBuilder(true)
	var links []pendingLink
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		if b.Len() > 0 {
			at := r.lastStop(cell)
			b.AddReplaced(" | ", at, at)
		}
		r.inline(cell, b, &links)
	}
	r.add(b, KindTable, 0, links)
}

// lastStop finds a source position just before a node, for separators that
// have no source of their own.
func (r *mdReader) lastStop(n ast.Node) int {
	for c := n; c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
	}
	return 0
}

func (r *mdReader) add(b *TextBuilder, kind string, level int, links []pendingLink) {
	t := b.Text()
	if len(bytes.TrimSpace([]byte(t.S))) == 0 {
		return
	}
	blk := Block{Kind: kind, Level: level, Text: t, Span: r.doc.TextSpan(&t, 0, len(t.S))}
	for _, l := range links {
		if l.b <= l.a {
			continue
		}
		blk.Links = append(blk.Links, Link{URL: l.url, Text: t.S[l.a:min(l.b, len(t.S))], Span: r.doc.TextSpan(&t, l.a, min(l.b, len(t.S)))})
	}
	r.doc.Blocks = append(r.doc.Blocks, blk)
}

func (r *mdReader) inline(n ast.Node, b *TextBuilder, links *[]pendingLink) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			if c.IsRaw() {
				b.AddExact(r.src, seg.Start, seg.Stop)
			} else {
				addInline(b, r.src, seg.Start, seg.Stop, true)
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.Space(seg.Stop, min(seg.Stop+1, len(r.src)))
			}
		case *ast.String:
			// Synthetic text (no source); keep word boundaries only.
			if len(c.Value) > 0 {
				b.Space(0, 0)
			}
		case *ast.CodeSpan:
			// Inline code is not prose: it stands as a gap between words.
			if s, e, ok := r.extent(c); ok {
				b.Space(s, e)
			}
		case *ast.RawHTML:
			segs := c.Segments
			if segs.Len() > 0 {
				s, e := segs.At(0).Start, segs.At(segs.Len()-1).Stop
				r.doc.commentDirectives(s, e)
				b.Space(s, e)
			}
		case *ast.Image:
			if s, e, ok := r.extent(c); ok {
				b.Space(s, e)
			}
		case *ast.Link:
			a := b.Mark()
			r.inline(c, b, links)
			*links = append(*links, pendingLink{url: string(c.Destination), a: a, b: b.Len()})
		case *ast.AutoLink:
			label := c.Label(r.src)
			from := c.Pos()
			if from < 0 {
				from = 0
			}
			if i := bytes.Index(r.src[from:], label); i >= 0 && len(label) > 0 {
				a := b.Mark()
				b.AddExact(r.src, from+i, from+i+len(label))
				*links = append(*links, pendingLink{url: string(c.URL(r.src)), a: a, b: b.Len()})
			}
		default:
			r.inline(c, b, links)
		}
	}
}

// extent returns the source range of an inline node's text children.
func (r *mdReader) extent(n ast.Node) (int, int, bool) {
	s, e, ok := 0, 0, false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, isText := c.(*ast.Text); isText && entering {
			if !ok || t.Segment.Start < s {
				s = t.Segment.Start
			}
			if !ok || t.Segment.Stop > e {
				e = t.Segment.Stop
			}
			ok = true
		}
		return ast.WalkContinue, nil
	})
	return s, e, ok
}
