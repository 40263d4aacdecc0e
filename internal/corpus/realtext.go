package corpus

import (
	"fmt"
	"html"
	"math/rand"
	"strings"
	"time"
)

// RealText writes short articles (about 350 words) in the styles of the
// pages newslint reads in practice: wire copy with a dateline, live blogs
// with timestamps, opinion columns, listicles, explainers with an FAQ,
// content-farm pages with SEO filler and widgets, and saved HTML from
// three kinds of CMS layout. Sentences come from the story vocabulary of
// realwords.go, with people, places, figures and dates filled in per
// article, and office holders from the built-in knowledge base, right for
// the article's date. About one article in eight carries one defect of the
// kind real pages have (a stale title, a wrong weekday, a paragraph
// published twice, a template placeholder). The same seed gives the same
// articles.
type RealText struct {
	r  *rand.Rand
	kb *kb
	n  int
}

// RealStyles are the page styles, in the order Next cycles through them.
var RealStyles = []string{"wire", "liveblog", "opinion", "listicle", "explainer", "farm", "cms-blog", "cms-newsroom", "cms-newsletter"}

// NewRealText returns a generator seeded with seed.
func NewRealText(seed int64) *RealText {
	return &RealText{r: rand.New(rand.NewSource(seed)), kb: loadKB()}
}

// Next returns the next article, styles in turn: its style, file extension
// ("md", "txt" or "html") and text.
func (g *RealText) Next() (style, ext, text string) {
	style = RealStyles[g.n%len(RealStyles)]
	g.n++
	ext, text = g.Article(style)
	return style, ext, text
}

// Article writes one article in a style of RealStyles.
func (g *RealText) Article(style string) (ext, text string) {
	p := g.newPage()
	switch style {
	case "wire":
		p.wire()
		return g.mdOrText(p)
	case "liveblog":
		p.liveblog()
		if g.r.Intn(2) == 0 {
			return "html", p.newsroomHTML()
		}
		return "md", p.markdown()
	case "opinion":
		p.opinion()
		return "md", p.markdown()
	case "listicle":
		p.listicle()
		if g.r.Intn(2) == 0 {
			return "html", p.blogHTML()
		}
		return "md", p.markdown()
	case "explainer":
		p.explainer()
		return "md", p.markdown()
	case "farm":
		p.farm()
		if g.r.Intn(2) == 0 {
			return "html", p.blogHTML()
		}
		return "txt", p.text()
	case "cms-blog":
		p.wire()
		return "html", p.blogHTML()
	case "cms-newsroom":
		p.wire()
		return "html", p.newsroomHTML()
	case "cms-newsletter":
		p.opinion()
		return "html", p.newsletterHTML()
	}
	panic("corpus: unknown style " + style)
}

func (g *RealText) mdOrText(p *page) (string, string) {
	if g.r.Intn(3) == 0 {
		return "txt", p.text()
	}
	return "md", p.markdown()
}

// page is one article being written.
type page struct {
	g               *RealText
	s               story
	date            time.Time
	city, country   string
	author          string
	title, subtitle string
	blocks          []block // kinds: p, h2, h3, li, quote, time (a live-blog stamp)
	words           int
	used            map[string]bool
	official        officeholder
	hasOfficial     bool
	dateline        string
}

const realWords = 350

func (g *RealText) newPage() *page {
	p := &page{g: g, s: stories[g.r.Intn(len(stories))], used: map[string]bool{}}
	p.date = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.Intn(6*365))
	pl := cities[g.r.Intn(len(cities))]
	p.city, p.country = pl[0], pl[1]
	p.author = p.person()
	p.official, p.hasOfficial = g.kb.holderOn(g.r, p.date)
	p.title = p.fill(p.pick(p.s.titles))
	return p
}

func (p *page) pick(list []string) string { return list[p.g.r.Intn(len(list))] }

func (p *page) person() string {
	return p.pick(firstNames) + " " + p.pick(lastNames)
}

// fresh picks a template of list not used yet in this article (a page
// that repeats a sentence by chance would be a defect), filled.
func (p *page) fresh(list []string) string {
	for tries := 0; tries < 3*len(list); tries++ {
		t := p.pick(list)
		if !p.used[t] {
			p.used[t] = true
			return p.fill(t)
		}
	}
	return ""
}

func (p *page) add(kind, text string) {
	// A part that ran out of fresh sentences leaves no stray space.
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	p.blocks = append(p.blocks, block{kind, text})
	p.words += len(strings.Fields(text))
}

// fill replaces the placeholders of a template.
func (p *page) fill(s string) string {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return s
		}
		s = s[:i] + p.value(s[i+1:i+j]) + s[i+j+1:]
	}
}

func (p *page) value(key string) string {
	r := p.g.r
	switch key {
	case "city":
		return p.city
	case "country":
		return p.country
	case "country2":
		for {
			if c := cities[r.Intn(len(cities))][1]; c != p.country {
				return c
			}
		}
	case "n":
		return fmt.Sprint(2 + r.Intn(58))
	case "big":
		return thousands(1200 + r.Intn(94000))
	case "pct":
		return fmt.Sprintf("%d.%d", 1+r.Intn(14), r.Intn(10))
	case "seats":
		return fmt.Sprint(150 + 10*r.Intn(50))
	case "turnout":
		return fmt.Sprintf("%d.%d", 55+r.Intn(28), r.Intn(10))
	case "temp":
		return fmt.Sprint(38 + r.Intn(9))
	case "money":
		return fmt.Sprintf("%s%d.%d %s", p.pick([]string{"$", "€", "£"}), 1+r.Intn(90), r.Intn(10), p.pick([]string{"million", "billion"}))
	case "weekday":
		return p.date.AddDate(0, 0, -1-r.Intn(5)).Format("Monday")
	case "weekday2":
		return p.date.AddDate(0, 0, 2+r.Intn(4)).Format("Monday")
	case "month":
		return p.date.AddDate(0, -1, 0).Format("January")
	case "month2":
		return p.date.AddDate(0, 2+r.Intn(3), 0).Format("January")
	case "monthname":
		return p.date.AddDate(0, -1-r.Intn(10), 0).Format("January")
	case "lastyear":
		return fmt.Sprint(p.date.Year() - 2 - r.Intn(5))
	case "year":
		return fmt.Sprint(p.date.Year())
	case "ordinal":
		return p.pick(ordinals)
	case "official":
		if p.hasOfficial {
			return p.official.label + " " + p.official.name
		}
		return "The trade minister"
	case "inst":
		return p.fill(p.pick(institutions))
	case "uni":
		return p.fill(p.pick(universities))
	case "kw":
		return p.s.keyword
	case "rating":
		return fmt.Sprintf("%d.%d", 3+r.Intn(2), r.Intn(10))
	case "agency":
		return p.pick(agencies)
	}
	return key
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// quote is a quotation with its speaker, in one of the ways papers
// attribute them.
func (p *page) quote() string {
	q := p.fresh(p.s.quotes)
	if q == "" {
		return ""
	}
	who, role := p.person(), p.fill(p.pick(roles))
	switch p.g.r.Intn(3) {
	case 0:
		return fmt.Sprintf("\"%s,\" %s, %s, %s.", q, who, role, p.pick(saysVerbs))
	case 1:
		return fmt.Sprintf("\"%s,\" said %s, %s.", q, who, role)
	}
	return fmt.Sprintf("%s, %s, said: \"%s.\"", who, role, q)
}

// officialLine mentions the article's office holder, by full title first
// and by surname after.
func (p *page) officialLine() string {
	if !p.hasOfficial {
		return ""
	}
	o := p.official
	lines := []string{
		"%s %s is expected to address the issue in a speech %s.",
		"Asked about the figures, %s %s said the government would \"look carefully\" at the options %s.",
		"%s %s discussed the matter with business leaders %s, according to an official readout.",
	}
	when := p.fill(p.pick([]string{"on {weekday}", "later this week", "next month", "on {weekday} evening"}))
	s := fmt.Sprintf(p.pick(lines), o.label, o.name, when)
	if p.g.r.Intn(2) == 0 {
		s += fmt.Sprintf(" %s has faced criticism over the issue in recent weeks.", o.short)
	}
	return s
}

// paragraph joins n fresh fact sentences.
func (p *page) paragraph(n int) string {
	var parts []string
	for range n {
		if s := p.fresh(p.s.facts); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// body fills the page with facts, quotes, background and the office
// holder up to about realWords words.
func (p *page) body(sentencesPer int) {
	step := 0
	for p.words < realWords {
		switch step % 6 {
		case 2:
			p.add("p", p.quote())
		case 3:
			if step < 6 {
				p.add("p", p.officialLine())
			} else {
				p.add("p", p.fresh(p.s.background))
			}
		case 5:
			p.add("p", p.fresh(p.s.background))
		default:
			p.add("p", p.paragraph(sentencesPer))
		}
		step++
		if step > 40 {
			break
		}
	}
}

func (p *page) wire() {
	p.dateline = fmt.Sprintf("%s, %s (%s) - ", strings.ToUpper(p.city), p.date.Format("January 2"), p.pick(agencies))
	p.add("p", p.dateline+p.fill(p.pick(p.s.leads)))
	p.body(1 + p.g.r.Intn(2))
	p.add("p", fmt.Sprintf("(Reporting by %s; Editing by %s)", p.person(), p.person()))
	p.plant()
}

func (p *page) liveblog() {
	p.title = "Live: " + p.title
	p.subtitle = "Follow the latest updates"
	p.add("h2", "Key points")
	for range 3 {
		p.add("li", p.paragraph(1))
	}
	t := time.Date(p.date.Year(), p.date.Month(), p.date.Day(), 17, 50, 0, 0, time.UTC)
	for tries := 0; p.words < realWords && tries < 30; tries++ {
		p.add("time", t.Format("15:04")+" GMT")
		switch p.g.r.Intn(5) {
		case 0:
			p.add("p", p.quote())
		case 1:
			p.add("p", p.fresh(p.s.background))
		case 2:
			if s := p.officialLine(); s != "" && !p.used["official"] {
				p.used["official"] = true
				p.add("p", s)
				break
			}
			fallthrough
		default:
			p.add("p", p.paragraph(1+p.g.r.Intn(2)))
		}
		t = t.Add(-time.Duration(4+p.g.r.Intn(25)) * time.Minute)
	}
	p.plant()
}

func (p *page) opinion() {
	p.subtitle = "Opinion"
	p.add("p", p.fresh(p.s.views))
	p.add("p", p.paragraph(2))
	p.add("p", p.fresh(p.s.views)+" "+p.paragraph(1))
	p.add("p", p.quote())
	p.add("p", "So what should happen now? "+p.fresh(p.s.views))
	p.add("p", p.officialLine())
	for tries := 0; p.words < realWords-40 && tries < 8; tries++ {
		p.add("p", p.paragraph(2))
		p.add("p", p.fresh(p.s.background))
	}
	p.add("p", p.fresh(p.s.views))
	p.add("p", fmt.Sprintf("%s %s.", p.author, p.pick(columnist)))
	p.plant()
}

func (p *page) listicle() {
	items := 5 + p.g.r.Intn(3)
	p.title = fmt.Sprintf("%d things to know about the %s", items, p.s.keyword)
	p.add("p", p.fill(p.pick(p.s.leads)))
	pts := p.g.r.Perm(len(p.s.points))
	for i := 0; i < items; i++ {
		pt := p.s.points[pts[i%len(pts)]]
		if i >= len(pts) {
			p.add("h2", fmt.Sprintf("%d. And one more thing", i+1))
			p.add("p", p.fresh(p.s.background))
			continue
		}
		p.add("h2", fmt.Sprintf("%d. %s", i+1, pt[0]))
		p.add("p", pt[1]+" "+p.paragraph(2+p.g.r.Intn(2)))
		if i == 2 {
			p.add("p", "Read more: "+p.fill(p.pick(stories[p.g.r.Intn(len(stories))].titles)))
		}
	}
	// A closing quote or two, as listicles end, up to the length.
	for tries := 0; p.words < realWords-40 && tries < 3; tries++ {
		p.add("p", p.quote())
	}
	p.plant()
}

func (p *page) explainer() {
	p.title = p.title + ": what you need to know"
	p.add("p", p.fill(p.pick(p.s.leads)))
	p.add("h2", "What happened?")
	p.add("p", p.paragraph(2))
	p.add("p", p.quote())
	p.add("h2", "Why does it matter?")
	p.add("p", p.fresh(p.s.background)+" "+p.paragraph(1))
	p.add("p", p.officialLine())
	p.add("h2", "What happens next?")
	p.add("p", p.paragraph(2))
	// Up to the length before the FAQ, whose answers are few and short:
	// a story's own paragraphs, as many as it takes.
	for tries := 0; p.words < realWords-150 && tries < 3; tries++ {
		p.add("p", p.paragraph(2))
	}
	p.add("h2", "Frequently asked questions")
	for _, i := range p.g.r.Perm(len(p.s.faq)) {
		p.add("h3", p.s.faq[i][0])
		p.add("p", p.fill(p.s.faq[i][1]))
		if p.words > realWords {
			break
		}
	}
	p.plant()
}

func (p *page) farm() {
	kw := p.s.keyword
	p.title = fmt.Sprintf("%s %d: Latest %s News, Updates and Complete Guide", titleCase(kw), p.date.Year(), titleCase(kw))
	p.add("p", p.fill(p.pick(farmOpeners)))
	p.add("h2", "Table of Contents")
	for _, h := range []string{"What is happening with " + kw, "Key facts", "Expert opinion", "Conclusion"} {
		p.add("li", h)
	}
	p.add("h2", "What is happening with "+kw+"?")
	p.add("p", p.fill(p.pick(p.s.leads))+" "+p.fresh(farmFiller))
	p.add("h2", "Key facts about "+kw)
	for range 3 {
		p.add("li", p.paragraph(1))
	}
	p.add("p", p.fresh(farmFiller)+" "+p.paragraph(1))
	p.add("h2", "Expert opinion on "+kw)
	p.add("p", p.quote())
	p.add("p", p.fresh(farmFiller)+" "+p.fresh(p.s.background))
	for tries := 0; p.words < realWords-60 && tries < 8; tries++ {
		p.add("p", p.paragraph(2)+" "+p.fresh(farmFiller))
	}
	p.add("h2", "Conclusion")
	p.add("p", p.fill(p.pick(farmClosers))+" "+p.fresh(farmFiller))
	for _, i := range p.g.r.Perm(len(widgets))[:3] {
		for j, line := range widgets[i] {
			kind := "p"
			if j == 0 {
				kind = "h3"
			}
			p.add(kind, p.fill(line))
		}
		if widgets[i][0] == "Related Posts" || widgets[i][0] == "You may also like" {
			for range 3 {
				p.add("li", p.fill(p.pick(stories[p.g.r.Intn(len(stories))].titles)))
			}
		}
	}
	if p.g.r.Intn(3) == 0 {
		p.blocks = append(p.blocks[:1], append([]block{{"p", fmt.Sprintf("%d / 100 SEO Score", 60+p.g.r.Intn(40))}}, p.blocks[1:]...)...)
	}
}

func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

// plant gives about one article in eight a defect of the kind real pages
// have.
func (p *page) plant() {
	r := p.g.r
	if r.Intn(8) != 0 || len(p.blocks) < 4 {
		return
	}
	at := 1 + r.Intn(len(p.blocks)-2)
	insert := func(b block) {
		p.blocks = append(p.blocks[:at], append([]block{b}, p.blocks[at:]...)...)
	}
	switch r.Intn(4) {
	case 0:
		if o, ok := p.g.kb.formerOn(r, p.date); ok {
			insert(block{"p", fmt.Sprintf("%s %s said the plan deserved a fair hearing.", o.label, o.name)})
		}
	case 1:
		d := p.date.AddDate(0, 0, -2-r.Intn(4))
		insert(block{"p", fmt.Sprintf("The figures were first presented on %s, %s.", d.AddDate(0, 0, 1).Format("Monday"), d.Format("January 2, 2006"))})
	case 2:
		for i, b := range p.blocks {
			if b.kind == "p" && i > 0 && len(b.text) > 80 {
				insert(b)
				break
			}
		}
	case 3:
		insert(block{"p", "[Insert quote from minister here]"})
	}
}

// markdown writes the page with YAML front matter.
func (p *page) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\nauthor: %s\n", p.title, p.date.Format("2006-01-02"), p.author)
	if p.subtitle != "" {
		fmt.Fprintf(&b, "section: %s\n", p.subtitle)
	}
	fmt.Fprintf(&b, "tags: [%s, %s]\n---\n\n# %s\n\n", p.s.keyword, strings.ToLower(p.country), p.title)
	for _, bl := range p.blocks {
		switch bl.kind {
		case "h2":
			b.WriteString("## " + bl.text + "\n\n")
		case "h3":
			b.WriteString("### " + bl.text + "\n\n")
		case "li":
			b.WriteString("- " + bl.text + "\n")
		case "quote":
			b.WriteString("> " + bl.text + "\n\n")
		case "time":
			b.WriteString("**" + bl.text + "**\n\n")
		default:
			b.WriteString(bl.text + "\n\n")
		}
	}
	return b.String()
}

// text writes the page as plain text copied out of a browser.
func (p *page) text() string {
	var b strings.Builder
	b.WriteString(p.title + "\n")
	fmt.Fprintf(&b, "By %s\n%s\n\n", p.author, p.date.Format("January 2, 2006"))
	for _, bl := range p.blocks {
		if bl.kind == "li" {
			b.WriteString("• ")
		}
		b.WriteString(bl.text + "\n\n")
	}
	return b.String()
}

// htmlBody writes the blocks as the article's HTML.
func (p *page) htmlBody(b *strings.Builder) {
	inList := false
	for _, bl := range p.blocks {
		t := html.EscapeString(bl.text)
		if bl.kind == "li" != inList {
			if inList {
				b.WriteString("</ul>\n")
			} else {
				b.WriteString("<ul>\n")
			}
			inList = !inList
		}
		switch bl.kind {
		case "h2", "h3":
			fmt.Fprintf(b, "<%s>%s</%s>\n", bl.kind, t, bl.kind)
		case "li":
			b.WriteString("<li>" + t + "</li>\n")
		case "time":
			b.WriteString(`<div class="live-stamp"><time>` + t + "</time></div>\n")
		default:
			b.WriteString("<p>" + t + "</p>\n")
		}
	}
	if inList {
		b.WriteString("</ul>\n")
	}
}

func (p *page) headlines(n int) []string {
	var out []string
	for range n {
		out = append(out, html.EscapeString(p.fill(p.pick(stories[p.g.r.Intn(len(stories))].titles))))
	}
	return out
}

// blogHTML is a page saved from a blogging CMS: navigation, the entry, a
// sidebar of recent posts and a comment form.
func (p *page) blogHTML() string {
	var b strings.Builder
	title := html.EscapeString(p.title)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; %s</title>
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/news/style.css?ver=6.4" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta property="article:published_time" content="%s">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">`, title, p.pick(outlets), p.date.Format("2006-01-02T15:04:05-07:00"), p.pick(outlets))
	for _, n := range navItems[:6] {
		fmt.Fprintf(&b, `<li class="menu-item"><a href="/category/%s/">%s</a></li>`, strings.ToLower(n), n)
	}
	fmt.Fprintf(&b, `</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">%s</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div></header>
<div class="entry-content">
`, title, p.date.Format("2006-01-02T08:00:00+00:00"), p.date.Format("January 2, 2006"), strings.ToLower(strings.ReplaceAll(p.author, " ", "-")), p.author)
	p.htmlBody(&b)
	b.WriteString(`</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span></footer>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
`)
	for _, h := range p.headlines(5) {
		fmt.Fprintf(&b, "<li><a href=\"/%d/\">%s</a></li>\n", p.g.r.Intn(99999), h)
	}
	b.WriteString(`</ul></section><section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/category/news/">News</a></li><li><a href="/category/opinion/">Opinion</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a publishing platform | Theme by a studio</div></footer>
</div>
<script src="/wp-content/plugins/share/js/share.min.js?ver=2.1" id="share-js"></script>
</body>
</html>
`)
	return b.String()
}

// newsroomHTML is a page saved from a newsroom CMS: structured data,
// breadcrumbs, a cookie banner, inline related links and a most-read list.
func (p *page) newsroomHTML() string {
	var b strings.Builder
	title := html.EscapeString(p.title)
	outlet := p.pick(outlets)
	published := p.date.Add(time.Duration(6+p.g.r.Intn(12)) * time.Hour)
	fmt.Fprintf(&b, `<!doctype html>
<html lang="en" data-theme="news">
<head>
<meta charset="utf-8">
<title>%s | %s</title>
<meta name="description" content="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="article:published_time" content="%s">
<link rel="canonical" href="https://news.example/%s/%d">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"author":[{"@type":"Person","name":%q}],"publisher":{"@type":"Organization","name":%q}}</script>
<script>window.__APP_STATE__={"page":"article","ads":{"slots":["top","mid","bottom"]},"user":null};</script>
<style>.cookie-banner{position:fixed;bottom:0}.ad-slot{min-height:250px}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you personalised ads. <button>Accept all</button> <button>Manage preferences</button></p></div>
<header class="site-header"><a class="logo" href="/">%s</a><nav aria-label="Sections"><ul>`,
		title, outlet, html.EscapeString(p.fill(p.pick(p.s.leads))), title, published.Format(time.RFC3339),
		strings.ReplaceAll(p.s.keyword, " ", "-"), p.g.r.Intn(9999999), p.title, published.Format(time.RFC3339), p.author, outlet, outlet)
	for _, n := range navItems {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ToLower(n), n)
	}
	fmt.Fprintf(&b, `</ul></nav></header>
<main id="main-content">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>%s</li></ol></nav>
<article data-component="article">
<h1 data-testid="headline">%s</h1>
<div class="byline" data-component="byline"><span class="author">By %s</span> <time datetime="%s">%s</time></div>
<div data-component="text-block">
`, html.EscapeString(titleCase(p.s.keyword)), title, p.author, published.Format(time.RFC3339), published.Format("2 January 2006"))
	half := len(p.blocks) / 2
	all := p.blocks
	p.blocks = all[:half]
	p.htmlBody(&b)
	rel := p.headlines(1)[0]
	fmt.Fprintf(&b, `</div>
<div class="ad-slot" data-slot="mid"><script>loadAd("mid")</script></div>
<aside class="related-inline"><h2>Related</h2><a href="/news/%d">%s</a></aside>
<div data-component="text-block">
`, p.g.r.Intn(9999999), rel)
	p.blocks = all[half:]
	p.htmlBody(&b)
	p.blocks = all
	b.WriteString(`</div>
<div class="share-tools"><button>Share</button><button>Save</button></div>
</article>
<section class="most-read" aria-labelledby="most-read-title"><h2 id="most-read-title">Most read</h2><ol>
`)
	for _, h := range p.headlines(5) {
		fmt.Fprintf(&b, "<li><a href=\"/news/%d\">%s</a></li>\n", p.g.r.Intn(9999999), h)
	}
	fmt.Fprintf(&b, `</ol></section>
</main>
<footer class="site-footer"><ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul><p>Copyright %d %s. All rights reserved.</p></footer>
</body>
</html>
`, p.date.Year(), outlet)
	return b.String()
}

// newsletterHTML is a post saved from a newsletter platform: subscribe
// buttons around the post, a share bar and a comments teaser.
func (p *page) newsletterHTML() string {
	var b strings.Builder
	title := html.EscapeString(p.title)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>%s - by %s</title>
<meta name="author" content="%s"><meta property="article:published_time" content="%s">
<script>window._preloads = {"post":{"id":%d,"audience":"everyone"},"pub":{"name":"%s"}}</script>
</head>
<body>
<div class="main-menu"><a href="/" class="navbar-title">%s</a> <a class="button subscribe-btn" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
<article class="post">
<div class="post-header"><h1 class="post-title">%s</h1><h3 class="subtitle">%s</h3>
<div class="post-meta"><a href="/profile">%s</a> <div class="pub-date">%s</div></div>
<div class="post-ufi"><a class="like-button">%d</a> <a class="comment-button">%d</a> <a class="share-button">Share</a></div></div>
<div class="available-content"><div class="body markup">
`, title, p.author, p.author, p.date.Format("2006-01-02T07:00:00Z"), p.g.r.Intn(9999999), p.pick(outlets), p.pick(outlets),
		title, html.EscapeString(p.fill(p.pick(p.s.leads))), p.author, p.date.Format("Jan 2, 2006"), 10+p.g.r.Intn(400), p.g.r.Intn(90))
	p.htmlBody(&b)
	fmt.Fprintf(&b, `</div></div>
<div class="subscription-widget"><p>Thanks for reading! Subscribe for free to receive new posts and support my work.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<div class="post-footer"><a class="share-button">Share</a></div>
</article>
<div class="comments-teaser"><h4>Discussion about this post</h4><p>%d comments</p></div>
<footer><p>&copy; %d %s</p><p>Start writing today. Get the app.</p></footer>
</body>
</html>
`, p.g.r.Intn(90), p.date.Year(), p.author)
	return b.String()
}
