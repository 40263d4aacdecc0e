package document

import "strings"

// MetaDate is a date the page's metadata gives: a meta tag, JSON-LD or
// microdata, a <time datetime>, with the field it came from. The facts
// extractor weighs them against each other and against the text.
type MetaDate struct {
	// Key names the field: "article:published_time", "datePublished
	// (JSON-LD)", "<time datetime>".
	Key   string
	Value string
	// Span is where the value is written.
	Span Span
	// Kind is published, updated, or empty when the field does not say
	// (a plain <time> element, a meta "date").
	Kind string
	// Rank orders fields of one kind: lower is more trusted.
	Rank int
}

// Date kinds.
const (
	DatePublished = "published"
	DateUpdated   = "updated"
)

// metaDateKeys are the meta tags (name, property or itemprop, lower case)
// that carry the article's date, with what they say and how far they are
// trusted.
var metaDateKeys = map[string]struct {
	kind string
	rank int
}{
	"article:published_time":    {DatePublished, 2},
	"og:published_time":         {DatePublished, 3},
	"og:article:published_time": {DatePublished, 3},
	"datepublished":             {DatePublished, 3},
	"datecreated":               {DatePublished, 4},
	"publishdate":               {DatePublished, 4},
	"publish-date":              {DatePublished, 4},
	"publish_date":              {DatePublished, 4},
	"publication_date":          {DatePublished, 4},
	"pubdate":                   {DatePublished, 4},
	"article.published":         {DatePublished, 4},
	"citation_publication_date": {DatePublished, 4},
	"citation_date":             {DatePublished, 5},
	"dc.date":                   {"", 5},
	"dc.date.issued":            {DatePublished, 5},
	"dc.date.created":           {DatePublished, 5},
	"dcterms.date":              {"", 5},
	"dcterms.created":           {DatePublished, 5},
	"dcterms.issued":            {DatePublished, 5},
	"date":                      {"", 5},
	"sailthru.date":             {DatePublished, 6},
	"parsely-pub-date":          {DatePublished, 6},
	"uploaddate":                {DatePublished, 6},
	"article:modified_time":     {DateUpdated, 2},
	"og:updated_time":           {DateUpdated, 3},
	"datemodified":              {DateUpdated, 3},
	"last-modified":             {DateUpdated, 4},
	"dcterms.modified":          {DateUpdated, 5},
	"dc.date.modified":          {DateUpdated, 5},
}

// ldDateKeys are the JSON-LD properties that date the page.
var ldDateKeys = []struct {
	key, kind string
	rank      int
}{
	{"datePublished", DatePublished, 1},
	{"dateCreated", DatePublished, 3},
	{"uploadDate", DatePublished, 4},
	{"dateModified", DateUpdated, 1},
}

// timeKind tells what a <time datetime> element dates from its attributes:
// itemprop, the old pubdate attribute, or a class such as "published" or
// "updated" that themes give it.
func timeKind(attrs map[string]string) string {
	if k, ok := metaDateKeys[strings.ToLower(attrs["itemprop"])]; ok && k.kind != "" {
		return k.kind
	}
	if _, ok := attrs["pubdate"]; ok {
		return DatePublished
	}
	class := " " + strings.ToLower(attrs["class"]) + " "
	for _, c := range []string{"updated", "modified"} {
		if strings.Contains(class, c) {
			return DateUpdated
		}
	}
	for _, c := range []string{"published", "entry-date", "pubdate", "post-date", "publish"} {
		if strings.Contains(class, c) {
			return DatePublished
		}
	}
	return ""
}

// addDate records a metadata date.
func (d *Document) addDate(key, value, kind string, rank, s, e int) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	d.Dates = append(d.Dates, MetaDate{Key: key, Value: value, Span: d.Span(s, e), Kind: kind, Rank: rank})
}

// inFurniture tells whether the reader is outside the article: in the
// head, a nav, a header, footer or aside outside <article>/<main>, or
// anywhere outside them on a page that has them. A plain <time> there is
// often today's date in a masthead or a related story's, not the article's.
func (r *htmlReader) inFurniture() bool {
	if r.inHeadNav > 0 || r.onlyMain && r.inArticle == 0 {
		return true
	}
	return r.inArticle == 0 && len(r.stack) > 0 && r.stack[len(r.stack)-1].region != ""
}
