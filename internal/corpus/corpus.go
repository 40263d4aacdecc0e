// Package corpus generates deterministic news articles for benchmarks:
// Markdown with front matter, HTML pages with navigation and scripts, and
// plain text, with office-holder mentions, dates and links at a realistic
// density and planted defects of every rule family.
package corpus

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

// Generator writes articles; the same seed gives the same articles.
type Generator struct {
	r  *rand.Rand
	kb *kb
}

// New returns a generator seeded with seed.
func New(seed int64) *Generator {
	return &Generator{r: rand.New(rand.NewSource(seed)), kb: loadKB()}
}

// Article returns the next article of about words words in format ("md",
// "html" or "txt").
func (g *Generator) Article(words int, format string) string {
	a := g.article(words)
	switch format {
	case "html":
		return a.html()
	case "txt":
		return a.text()
	}
	return a.markdown()
}

// article is one generated story.
type article struct {
	title, author, slug string
	date                time.Time
	blocks              []block
}

type block struct {
	kind string // h2, p, li, quote
	text string
}

func (g *Generator) pick(list []string) string { return list[g.r.Intn(len(list))] }

func (g *Generator) article(words int) article {
	topic := topics[g.r.Intn(len(topics))]
	date := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.Intn(3650))
	a := article{title: g.fill(g.pick(topic.titles), topic, date), author: g.pick(authors), date: date}
	a.slug = strings.ToLower(strings.ReplaceAll(a.title, " ", "-"))
	count := 0
	// Real articles do not repeat a sentence by chance: draw again.
	used := map[string]bool{}
	uniq := func(template func() string) string {
		s := g.fill(template(), topic, date)
		for tries := 0; used[s] && tries < 20; tries++ {
			s = g.fill(template(), topic, date)
		}
		used[s] = true
		return s
	}
	add := func(kind, text string) {
		a.blocks = append(a.blocks, block{kind, text})
		count += len(strings.Fields(text))
	}
	add("p", g.fill(g.pick(topic.leads), topic, date))
	for count < words {
		switch k := g.r.Intn(20); {
		case k == 0:
			add("h2", g.fill(g.pick(topic.headings), topic, date))
		case k == 1:
			add("quote", uniq(func() string { return g.pick(quotes) }))
		case k == 2:
			for j := 0; j < 3; j++ {
				add("li", uniq(func() string { return g.pick(topic.body) }))
			}
		default:
			var sb strings.Builder
			for s := 0; s < 3+g.r.Intn(3); s++ {
				if s > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(uniq(func() string { return g.sentence(topic) }))
			}
			add("p", sb.String())
		}
	}
	g.plant(&a, topic)
	return a
}

// sentence mixes topic sentences with office-holder and date sentences at
// about the density of political news.
func (g *Generator) sentence(t topic) string {
	switch k := g.r.Intn(12); {
	case k == 0:
		return "{officeholder} said on {dateline} that " + g.pick(t.objects) + "."
	case k == 1:
		return "The plan was first discussed in {past-month}, when {n} people signed a petition in {place}."
	case k == 2:
		return "Details of the {n} proposals were published on " + g.pick(t.orgs) + "'s {link}."
	}
	s := g.pick(t.body)
	if g.r.Intn(2) == 0 {
		s = s[:len(s)-1] + " " + g.pick(tails) + "."
	}
	if o := g.pick(openers); o != "" {
		s = o + strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// fill replaces the placeholders of a template.
func (g *Generator) fill(s string, t topic, date time.Time) string {
	for strings.Contains(s, "{") {
		i := strings.Index(s, "{")
		j := strings.Index(s[i:], "}")
		if j < 0 {
			break
		}
		key := s[i+1 : i+j]
		s = s[:i] + g.value(key, t, date) + s[i+j+1:]
	}
	return s
}

func (g *Generator) value(key string, t topic, date time.Time) string {
	switch key {
	case "place":
		return g.pick(places)
	case "org":
		return g.pick(t.orgs)
	case "n":
		return fmt.Sprint(2 + g.r.Intn(300))
	case "pct":
		return fmt.Sprintf("%d.%d", 1+g.r.Intn(12), g.r.Intn(10))
	case "name":
		return g.pick(names)
	case "past-month":
		return date.AddDate(0, -1-g.r.Intn(30), 0).Format("January 2006")
	case "dateline":
		d := date.AddDate(0, 0, -1-g.r.Intn(6))
		return d.Format("Monday, 2 January 2006")
	case "link":
		return "website (https://example.org/" + fmt.Sprint(g.r.Intn(9999)) + ")"
	case "officeholder":
		if m, ok := g.kb.holder(g.r, date); ok {
			return m
		}
		return "The minister"
	}
	return key
}

// plant adds defects of every rule family to about half of the articles.
func (g *Generator) plant(a *article, t topic) {
	if g.r.Intn(2) == 0 {
		return
	}
	n := len(a.blocks)
	at := func() int { return 1 + g.r.Intn(n-1) }
	insert := func(i int, bs ...block) {
		a.blocks = append(a.blocks[:i], append(bs, a.blocks[i:]...)...)
	}
	switch g.r.Intn(12) {
	case 0: // stale office holder
		if m, ok := g.kb.stale(g.r, a.date); ok {
			insert(at(), block{"p", m + " recently said the alliance would stay united."})
		}
	case 1: // wrong weekday
		d := a.date.AddDate(0, 0, -3)
		wrong := d.AddDate(0, 0, 1).Format("Monday")
		insert(at(), block{"p", fmt.Sprintf("The meeting took place on %s, %s.", wrong, d.Format("2 January 2006"))})
	case 2:
		insert(1, block{"p", fmt.Sprintf("%d / 100 SEO Score", 60+g.r.Intn(40))})
	case 3:
		a.blocks = append(a.blocks, block{"p", "How useful was this post?"}, block{"p", "Click on a star to rate it!"},
			block{"p", "Average rating 0 / 5. Vote count: 0"}, block{"p", "No votes so far! Be the first to rate this post."})
	case 4:
		a.blocks = append(a.blocks, block{"h2", "Leave a Reply"}, block{"p", "Your email address will not be published. Required fields are marked *"},
			block{"p", "Save my name, email, and website in this browser for the next time I comment."})
	case 5:
		a.blocks = append(a.blocks, block{"h2", "Related posts"}, block{"li", "Share this:"}, block{"li", "Like this:"})
	case 6: // injected sidebar headlines
		insert(at(), block{"p", "Star striker signs record deal with rival club"}, block{"p", "SPORTS BY DATE"},
			block{"p", "Pop singer announces surprise world tour dates"}, block{"p", "ENTERTAINMENT BY DATE"})
	case 7:
		insert(at(), block{"p", "[INSERT QUOTE FROM MAYOR]"})
	case 8:
		insert(at(), block{"p", "As an AI language model, I cannot verify these figures."})
	case 9: // keyword stuffing
		kw := t.keyword
		for i, f := range stuffing {
			insert(at(), block{"p", fmt.Sprintf(f, kw, kw, i+2)})
		}
	case 10: // homoglyph: Cyrillic о in a Latin word
		insert(at(), block{"p", "Officials called the decision a major setback for the regiоn."})
	case 11:
		insert(at(), a.blocks[at()])
	}
}

var stuffing = []string{
	"Everything about %s: the latest %s news, part %d.",
	"Why %s matter today and how %s will shape the next %d years.",
	"Our %s guide: %s explained in %d simple points.",
	"Search for %s? Read our %s coverage from the past %d days.",
	"The best %s analysis: %s facts and %d charts.",
	"Follow %s live: %s updates every %d minutes.",
}

func (a article) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\nauthor: %s\n---\n\n# %s\n\n", a.title, a.date.Format("2006-01-02"), a.author, a.title)
	for _, bl := range a.blocks {
		switch bl.kind {
		case "h2":
			b.WriteString("## " + bl.text + "\n\n")
		case "li":
			b.WriteString("- " + bl.text + "\n\n")
		case "quote":
			b.WriteString("> " + bl.text + "\n\n")
		default:
			b.WriteString(bl.text + "\n\n")
		}
	}
	return b.String()
}

func (a article) html() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s | The Example Times</title>
<meta property="article:published_time" content="%sT08:00:00Z"><meta name="author" content="%s">
<link rel="stylesheet" href="/site.css"><script src="/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>.nav{display:flex}.ad{min-height:250px}</style></head>
<body><header><nav class="nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>%s</h1><p class="byline">By %s</p>
`, htmlEscape(a.title), a.date.Format("2006-01-02"), a.author, htmlEscape(a.title), a.author)
	for i, bl := range a.blocks {
		t := htmlEscape(bl.text)
		switch bl.kind {
		case "h2":
			b.WriteString("<h2>" + t + "</h2>\n")
		case "li":
			b.WriteString("<ul><li>" + t + "</li></ul>\n")
		case "quote":
			b.WriteString("<blockquote><p>" + t + "</p></blockquote>\n")
		default:
			b.WriteString("<p>" + t + "</p>\n")
		}
		if i%7 == 3 {
			b.WriteString(`<div class="ad"><script>renderAd("slot-` + fmt.Sprint(i) + `");</script></div>` + "\n")
		}
	}
	b.WriteString("</article></main><footer><p>&copy; The Example Times</p><nav><a href=\"/privacy\">Privacy</a></nav></footer></body></html>\n")
	return b.String()
}

func (a article) text() string {
	var b strings.Builder
	b.WriteString(a.title + "\n\n")
	fmt.Fprintf(&b, "By %s | %s\n\n", a.author, a.date.Format("January 2, 2006"))
	for _, bl := range a.blocks {
		if bl.kind == "li" {
			b.WriteString("- ")
		}
		b.WriteString(bl.text + "\n\n")
	}
	return b.String()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
