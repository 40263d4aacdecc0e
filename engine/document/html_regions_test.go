package document

import (
	"strings"
	"testing"
)

func blockRegions(d *Document) string {
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text.S+"/"+b.Region)
	}
	return strings.Join(texts, "|")
}

// TestHTMLInnermostContainer: a page whose <main> holds the <article> and
// widgets beside it reads only the article.
func TestHTMLInnermostContainer(t *testing.T) {
	d := read(t, HTML, `<body><main><div class="trending"><p>Trending: Five Ferries Compared</p></div>`+
		`<article><h1>Fares rise</h1><p>The operator raised fares.</p></article>`+
		`<section><h2>More Stories</h2><p>Snow Closes the Pass</p></section></main></body>`)
	if got := blockRegions(d); got != "Fares rise/|The operator raised fares./" {
		t.Errorf("blocks: %s", got)
	}
	d = read(t, HTML, `<body><nav>Menu</nav><main><h1>Fares rise</h1><p>The operator raised fares.</p></main><p>Outside</p></body>`)
	if got := blockRegions(d); got != "Fares rise/|The operator raised fares./" {
		t.Errorf("main only: %s", got)
	}
}

// TestHTMLClassHints: class and id names of widgets mark their blocks as
// page furniture; names that only say a page has or lacks a widget do not.
func TestHTMLClassHints(t *testing.T) {
	d := read(t, HTML, `<body class="single comments-open"><div class="site-content has-sidebar"><article class="post">`+
		`<p>The operator raised fares.</p>`+
		`<div class="sharedaddy sd-sharing-enabled"><p>Share this: Facebook X</p></div>`+
		`<div id="jp-relatedposts"><p>Snow Closes the Pass</p></div>`+
		`<div class="newsletter-box"><p>Sign up for our newsletter</p></div>`+
		`<div class="commentary-note"><p>An opinion aside.</p></div>`+
		`<section id="comments"><p>Leave a Reply</p></section>`+
		`</article></div></body>`)
	want := "The operator raised fares./|Share this: Facebook X/share|Snow Closes the Pass/related|Sign up for our newsletter/newsletter|An opinion aside./|Leave a Reply/comments"
	if got := blockRegions(d); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
