package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Elements whose content is never prose.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"pre": true, "code": true, "textarea": true, "select": true, "iframe": true, "object": true,
	"head": false, // handled separately: only title and meta are read
}

// Elements that start or end a block of prose.
var blockElements = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "dt": true, "dd": true, "blockquote": true, "table": true, "tr": true,
	"td": true, "th": true, "caption": true, "figcaption": true, "figure": true, "div": true,
	"section": true, "article": true, "main": true, "header": true, "footer": true, "nav": true,
	"aside": true, "form": true, "ul": true, "ol": true, "dl": true, "br": true, "hr": true,
	"body": true, "address": true, "fieldset": true, "legend": true, "details": true, "summary": true,
	"button": true, "label": true,
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true,
}

// Regions of page furniture; blocks inside them carry the region's name.
var regionElements = map[string]bool{"aside": true, "footer": true, "header": true, "form": true}

// The content container: the innermost of <article> and <main> that the
// page has. Widgets inside <main> but outside the <article> are not the
// article.
var (
	hasArticleRE = regexp.MustCompile(`(?i)<article[\s>]`)
	hasMainRE    = regexp.MustCompile(`(?i)<main[\s>]`)
)

// hintWords name, in class and id attributes, the page furniture an element
// holds; its blocks take the hint as their region. Words marked with a
// trailing "*" match as a prefix ("sharedaddy", "relatedposts").
var hintWords = map[string]string{
	"comment": "comments", "comments": "comments", "commentlist": "comments", "disqus": "comments",
	"share*": "share", "sharing": "share", "social*": "share",
	"related*": "related", "sidebar": "sidebar", "newsletter": "newsletter", "subscribe": "newsletter",
	"subscription": "newsletter", "signup": "newsletter", "promo": "promo", "advert": "promo",
	"advertisement": "promo", "cookie": "cookie", "cookies": "cookie", "consent": "cookie",
}

// hintNegations open class names that say an element lacks or merely
// allows a thing ("has-sidebar", "no-comments").
var hintNegations = map[string]bool{"has": true, "no": true, "with": true, "show": true, "hide": true, "is": true, "enable": true, "disable": true}

// regionHint returns the region a class or id attribute names, or "".
func regionHint(attrs map[string]string) string {
	for _, key := range []string{"id", "class"} {
		for _, name := range strings.Fields(strings.ToLower(attrs[key])) {
			parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' })
			if len(parts) == 0 || hintNegations[parts[0]] {
				continue
			}
			for _, p := range parts {
				if h, ok := hintWords[p]; ok {
					return h
				}
				for w, h := range hintWords {
					if stem, ok := strings.CutSuffix(w, "*"); ok && strings.HasPrefix(p, stem) {
						return h
					}
				}
			}
		}
	}
	return ""
}

type htmlReader struct {
	doc       *Document
	stack     []openElement
	skip      int // depth inside skipped elements
	inTitle   bool
	inLDJSON  bool
	inArticle int // depth inside the content container
	container string
	inHeadNav int // depth inside <head>/<nav>
	deepNoted bool
	onlyMain  bool
	cur       *TextBuilder
	curKind   string
	curLevel  int
	curRegion string
	links     []pendingLink
	linkOpen  int
	linkURL   string
	datePrio  int
	titlePrio int
}

func readHTML(doc *Document) {
	r := &htmlReader{doc: doc, datePrio: 100, titlePrio: 100}
	switch {
	case hasArticleRE.Match(doc.Buf):
		r.container = "article"
	case hasMainRE.Match(doc.Buf):
		r.container = "main"
	}
	r.onlyMain = r.container != ""
	// A byte-order mark is not text; offsets count from the file's start.
	off := 0
	if bytes.HasPrefix(doc.Buf, bom) {
		off = len(bom)
	}
	z := xhtml.NewTokenizer(bytes.NewReader(doc.Buf[off:]))
	z.SetMaxBuf(0)
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case xhtml.ErrorToken:
			r.flush()
			return
		case xhtml.TextToken:
			r.text(start, off)
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			r.start(z, tt, start, off)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		case xhtml.CommentToken:
			r.doc.commentDirectives(start, off)
		}
	}
}

// openElement is an element on the stack, with the kind and region a block
// inside it takes: its own, else those of its parent.
type openElement struct {
	name   string
	kind   string
	level  int
	region string
}

func (r *htmlReader) inside(name string) bool {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].name == name {
			return true
		}
	}
	return false
}

func (r *htmlReader) push(name string, attrs map[string]string) {
	e := openElement{name: name, kind: KindParagraph}
	if n := len(r.stack); n > 0 {
		e = r.stack[n-1]
		e.name = name
	}
	if regionElements[name] {
		e.region = name
	}
	if e.region == "" && name != r.container && name != "body" && name != "html" {
		e.region = regionHint(attrs)
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		e.kind, e.level = KindHeading, int(name[1]-'0')
	case "li", "dt", "dd":
		e.kind, e.level = KindListItem, 0
	case "blockquote":
		e.kind, e.level = KindQuote, 0
	case "td", "th", "tr", "table":
		e.kind, e.level = KindTable, 0
	case "figcaption", "caption":
		e.kind, e.level = KindCaption, 0
	}
	r.stack = append(r.stack, e)
	r.count(name, 1)
}

func (r *htmlReader) start(z *xhtml.Tokenizer, tt xhtml.TokenType, start, end int) {
	nameB, hasAttr := z.TagName()
	name := string(nameB)
	attrs := map[string]string{}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	if ip := attrs["itemprop"]; ip != "" && name != "meta" && name != "time" && attrs["content"] != "" {
		// Microdata on another element: <span itemprop="datePublished" content="…">.
		if k, ok := metaDateKeys[strings.ToLower(ip)]; ok {
			s, e := attrValue(r.doc.Buf, start, end, attrs["content"])
			r.doc.addDate(ip+" (microdata)", attrs["content"], k.kind, k.rank, s, e)
		}
	}
	switch name {
	case "meta":
		r.meta(attrs, start, end)
		return
	case "link":
		if strings.EqualFold(attrs["rel"], "canonical") && attrs["href"] != "" {
			r.setMeta("url", attrs["href"], start, end)
		}
		return
	case "html":
		if lang := strings.TrimSpace(attrs["lang"]); lang != "" && r.doc.Lang == "" {
			r.doc.Lang = lang
		}
	case "time":
		if dt := attrs["datetime"]; dt != "" && (timeKind(attrs) != "" || !r.inFurniture()) {
			s, e := attrValue(r.doc.Buf, start, end, dt)
			r.doc.addDate("<time datetime>", dt, timeKind(attrs), 7, s, e)
			r.setDate(dt, 7, s, e)
		}
	case "title":
		if !r.inside("svg") {
			r.inTitle = tt == xhtml.StartTagToken
		}
		return
	case "script":
		if strings.Contains(strings.ToLower(attrs["type"]), "ld+json") && tt == xhtml.StartTagToken {
			r.inLDJSON = true
		}
	case "a":
		if r.cur != nil && r.skip == 0 {
			r.linkOpen = r.cur.Mark()
		} else {
			r.linkOpen = 0
		}
		r.linkURL = attrs["href"]
	case "img":
		return
	}
	if blockElements[name] {
		r.flush()
	}
	if tt == xhtml.SelfClosingTagToken || voidElements[name] {
		return
	}
	if len(r.stack) >= maxDepth && (!skipElements[name] || r.skip > 0) {
		r.tooDeep(start, end)
		return
	}
	r.push(name, attrs)
}

// maxDepth caps the open elements, as browsers' parsers do: a page nested
// deeper is hostile or broken, and searching the stack stays bounded.
// Elements beyond it are not kept (their text reads as the text of the
// element at the cap), except a first element whose content is skipped.
const maxDepth = 512

func (r *htmlReader) tooDeep(start, end int) {
	if r.deepNoted {
		return
	}
	r.deepNoted = true
	r.doc.Notices = append(r.doc.Notices, Notice{
		Rule: "input-limit",
		Span: r.doc.Span(start, end),
		Message: fmt.Sprintf("HTML elements nest more than %d deep here; deeper ones are read as if at depth %d, "+
			"so headings, lists and regions inside them may be misread", maxDepth, maxDepth),
		Suggestion: "close the elements left open (often a </div> or </span> missing in a template loop)",
	})
}

// count keeps the tallies of open elements that matter to every text token.
func (r *htmlReader) count(name string, d int) {
	switch name {
	case r.container:
		r.inArticle += d
	case "head", "nav":
		r.inHeadNav += d
	}
	if skipElements[name] {
		r.skip += d
	}
}

func (r *htmlReader) end(name string) {
	switch name {
	case "title":
		r.inTitle = false
	case "script":
		r.inLDJSON = false
	case "a":
		if r.cur != nil && r.linkURL != "" {
			r.links = append(r.links, pendingLink{url: r.linkURL, a: r.linkOpen, b: r.cur.Len()})
		}
		r.linkURL = ""
	}
	if blockElements[name] {
		r.flush()
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].name == name {
			for _, popped := range r.stack[i:] {
				r.count(popped.name, -1)
			}
			r.stack = r.stack[:i]
			return
		}
	}
}

func (r *htmlReader) text(start, end int) {
	buf := r.doc.Buf
	switch {
	case r.inTitle:
		s, e := trimRange(buf, start, end)
		if s < e {
			r.setTitle(html.UnescapeString(string(buf[s:e])), 5, s, e)
		}
		return
	case r.inLDJSON:
		r.ldjson(start, end)
		return
	case r.skip > 0 || r.inHeadNav > 0:
		return
	case r.onlyMain && r.inArticle == 0:
		return
	}
	if r.cur == nil {
		if len(bytes.TrimSpace(buf[start:end])) == 0 {
			return
		}
		r.cur = NewTextBuilder(true)
		r.curKind, r.curLevel, r.curRegion = r.kind()
		r.links = r.links[:0]
		if r.linkURL != "" {
			r.linkOpen = 0
		}
	}
	addInline(r.cur, buf, start, end, false)
}

// kind classifies the block about to start from the open elements: the
// innermost element that gives a kind, and the innermost region.
func (r *htmlReader) kind() (kind string, level int, region string) {
	if len(r.stack) == 0 {
		return KindParagraph, 0, ""
	}
	top := r.stack[len(r.stack)-1]
	return top.kind, top.level, top.region
}

func (r *htmlReader) flush() {
	if r.cur == nil {
		return
	}
	if r.linkURL != "" {
		r.links = append(r.links, pendingLink{url: r.linkURL, a: r.linkOpen, b: r.cur.Len()})
		r.linkOpen = 0
	}
	t := r.cur.Text()
	r.cur = nil
	if strings.TrimSpace(t.S) == "" {
		return
	}
	blk := Block{Kind: r.curKind, Level: r.curLevel, Region: r.curRegion, Text: t, Span: r.doc.TextSpan(&t, 0, len(t.S))}
	for _, l := range r.links {
		a, b := l.a, min(l.b, len(t.S))
		if b <= a {
			continue
		}
		blk.Links = append(blk.Links, Link{URL: l.url, Text: t.S[a:b], Span: r.doc.TextSpan(&t, a, b)})
	}
	r.links = r.links[:0]
	r.doc.addBlock(blk)
}

func (r *htmlReader) meta(attrs map[string]string, start, end int) {
	key := strings.ToLower(attrs["property"])
	if key == "" {
		key = strings.ToLower(attrs["name"])
	}
	if key == "" {
		key = strings.ToLower(attrs["itemprop"])
	}
	if key == "" {
		key = strings.ToLower(attrs["http-equiv"])
	}
	content := attrs["content"]
	if key == "" || content == "" {
		return
	}
	s, e := attrValue(r.doc.Buf, start, end, content)
	if k, ok := metaDateKeys[key]; ok {
		r.doc.addDate(key, content, k.kind, k.rank, s, e)
		if k.kind != DateUpdated {
			r.setDate(content, k.rank, s, e)
		}
		return
	}
	switch key {
	case "og:title", "twitter:title":
		r.setTitle(content, 3, s, e)
	case "author", "article:author", "byl", "dc.creator":
		r.setMeta("author", content, s, e)
	case "description", "og:description":
		r.setMeta("description", content, s, e)
	case "og:url":
		r.setMeta("url", content, s, e)
	case "og:locale", "content-language":
		if r.doc.Lang == "" {
			r.doc.Lang = strings.TrimSpace(content)
		}
	case "keywords", "news_keywords", "article:section", "article:tag":
		r.setMeta(key, content, s, e)
	}
}

func (r *htmlReader) setMeta(key, value string, s, e int) {
	if _, ok := r.doc.Meta[key]; ok {
		return
	}
	r.doc.Meta[key] = Field{Value: value, Span: r.doc.Span(s, e)}
}

func (r *htmlReader) setDate(value string, prio, s, e int) {
	if prio >= r.datePrio {
		return
	}
	r.datePrio = prio
	r.doc.Meta["date"] = Field{Value: strings.TrimSpace(value), Span: r.doc.Span(s, e)}
}

func (r *htmlReader) setTitle(value string, prio, s, e int) {
	if prio >= r.titlePrio || strings.TrimSpace(value) == "" {
		return
	}
	r.titlePrio = prio
	r.doc.Meta["title"] = Field{Value: strings.TrimSpace(value), Span: r.doc.Span(s, e)}
}

// ldjson reads datePublished, headline and author from JSON-LD.
func (r *htmlReader) ldjson(start, end int) {
	raw := r.doc.Buf[start:end]
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return
	}
	find := func(key string) (string, bool) {
		var walk func(any) (string, bool)
		walk = func(v any) (string, bool) {
			switch x := v.(type) {
			case map[string]any:
				if s, ok := x[key].(string); ok && s != "" {
					return s, true
				}
				if m, ok := x[key].(map[string]any); ok {
					if s, ok := m["name"].(string); ok && s != "" {
						return s, true
					}
				}
				if l, ok := x[key].([]any); ok && len(l) > 0 {
					if m, ok := l[0].(map[string]any); ok {
						if s, ok := m["name"].(string); ok && s != "" {
							return s, true
						}
					}
				}
				for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
					if s, ok := walk(x[k]); ok {
						return s, true
					}
				}
			case []any:
				for _, e := range x {
					if s, ok := walk(e); ok {
						return s, true
					}
				}
			}
			return "", false
		}
		return walk(v)
	}
	locate := func(val string) (int, int) {
		if i := bytes.Index(raw, []byte(val)); i >= 0 {
			return start + i, start + i + len(val)
		}
		return start, start
	}
	for _, k := range ldDateKeys {
		if d, ok := find(k.key); ok {
			s, e := locate(d)
			r.doc.addDate(k.key+" (JSON-LD)", d, k.kind, k.rank, s, e)
			if k.kind == DatePublished {
				r.setDate(d, k.rank, s, e)
			}
		}
	}
	if h, ok := find("headline"); ok {
		s, e := locate(h)
		r.setTitle(h, 2, s, e)
	}
	if a, ok := find("author"); ok {
		s, e := locate(a)
		r.setMeta("author", a, s, e)
	}
}

// attrValue finds where an attribute's value is written inside a tag.
func attrValue(buf []byte, start, end int, value string) (int, int) {
	tag := buf[start:end]
	if i := bytes.Index(tag, []byte(value)); i >= 0 {
		return start + i, start + i + len(value)
	}
	if i := bytes.Index(tag, []byte(html.EscapeString(value))); i >= 0 {
		return start + i, start + i + len(html.EscapeString(value))
	}
	return start, end
}

func trimRange(buf []byte, s, e int) (int, int) {
	for s < e && isSpaceByte(buf[s]) {
		s++
	}
	for e > s && isSpaceByte(buf[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
