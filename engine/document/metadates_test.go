package document

import (
	"fmt"
	"strings"
	"testing"
)

// Every dated field of a page is kept, with what it says and where it is
// written, for the facts extractor to weigh.
func TestHTMLMetadataDates(t *testing.T) {
	page := `<html lang="en-GB"><head>
<meta name="date" content="2025-06-30">
<meta property="article:published_time" content="2025-07-01T06:00:00Z">
<meta property="article:modified_time" content="2025-07-03T09:00:00Z">
<meta name="parsely-pub-date" content="2025-07-01T06:00:00Z">
<meta http-equiv="last-modified" content="2025-07-04">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-07-01", "dateModified": "2025-07-02"}</script>
</head><body><article>
<span itemprop="datePublished" content="2025-07-01">1 July</span>
<p>Updated <time class="entry-updated" datetime="2025-07-05">5 July</time>; first <time datetime="2025-07-01T06:00" pubdate>1 July</time>; <time datetime="2020-01-01">long ago</time>.</p>
</article></body></html>`
	d := read(t, HTML, page)
	var got []string
	for _, md := range d.Dates {
		got = append(got, fmt.Sprintf("%s=%s/%s/%d", md.Key, d.Snippet(md.Span), md.Kind, md.Rank))
	}
	want := []string{
		"date=2025-06-30//5",
		"article:published_time=2025-07-01T06:00:00Z/published/2",
		"article:modified_time=2025-07-03T09:00:00Z/updated/2",
		"parsely-pub-date=2025-07-01T06:00:00Z/published/6",
		"last-modified=2025-07-04/updated/4",
		"datePublished (JSON-LD)=2025-07-01/published/1",
		"dateModified (JSON-LD)=2025-07-02/updated/1",
		"datePublished (microdata)=2025-07-01/published/3",
		"<time datetime>=2025-07-05/updated/7",
		"<time datetime>=2025-07-01T06:00/published/7",
		"<time datetime>=2020-01-01//7",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("dates:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Lang != "en-GB" {
		t.Errorf("lang %q", d.Lang)
	}
	// The best published date stays in Meta for rules that read it there;
	// a change date never takes its place.
	if d.Meta["date"].Value != "2025-07-01" {
		t.Errorf("meta date %v", d.Meta["date"].Value)
	}
}

func TestHTMLLocaleFromOpenGraph(t *testing.T) {
	d := read(t, HTML, `<html><head><meta property="og:locale" content="fr_FR"></head><body><p>Texte.</p></body></html>`)
	if d.Lang != "fr_FR" {
		t.Errorf("lang %q", d.Lang)
	}
}

// A plain <time> in a masthead or beside the article is not the article's:
// it is often today's date or a related story's.
func TestPlainTimeOutsideTheArticle(t *testing.T) {
	for _, page := range []string{
		`<html><body><header><time datetime="2025-11-20">Thursday</time></header><article><p>Text.</p></article></body></html>`,
		`<html><body><nav><time datetime="2025-11-20">Thursday</time></nav><p>Text.</p></body></html>`,
		`<html><body><aside><time datetime="2025-11-20">Thursday</time></aside><p>Text.</p></body></html>`,
		`<html><body><article><p>Text.</p></article><div><time datetime="2025-11-20">Thursday</time></div></body></html>`,
	} {
		if d := read(t, HTML, page); len(d.Dates) != 0 {
			t.Errorf("%s: %+v", page, d.Dates)
		}
	}
	for _, page := range []string{
		`<html><body><article><header><time datetime="2025-11-20">Thursday</time></header><p>Text.</p></article></body></html>`,
		`<html><body><header><time datetime="2025-11-20" pubdate>Thursday</time></header><p>Text.</p></body></html>`,
		`<html><body><p><time datetime="2025-11-20">Thursday</time> Text.</p></body></html>`,
	} {
		if d := read(t, HTML, page); len(d.Dates) != 1 {
			t.Errorf("%s: %+v", page, d.Dates)
		}
	}
}
