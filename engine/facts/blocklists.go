package facts

import (
	"strings"
)

// BlockLists holds the indices of the body blocks with a feature rules look
// for, in reading order. A rule that reads the three headline-shaped blocks
// of an article through these takes three steps of the Rego evaluator, where
// walking every block to test the feature takes a hundred; the blocks
// themselves stay in blocks, whole, for any rule that wants them.
type BlockLists struct {
	// Headlines are headline-shaped blocks that are not a date, byline or
	// section line.
	Headlines []int `json:"headlines"`
	// Lines are date, byline and section lines.
	Lines []int `json:"lines"`
	// Paragraphs are paragraphs of the article, not of its header.
	Paragraphs []int `json:"paragraphs"`
	// Queries are lines typed as search queries.
	Queries []int `json:"queries"`
	// Verbless are blocks that read like a caption (verbless).
	Verbless []int `json:"verbless"`
	// Repeats are the blocks that repeat an earlier block (repeat_of set),
	// furniture too: a footer that repeats the body is a repeat.
	Repeats []int `json:"repeats"`
	// PartRepeats are the blocks, furniture too, that are not a repeat as
	// a whole but hold a sentence that repeats an earlier one: a
	// paragraph pasted again inside a longer one, or a sentence said twice.
	PartRepeats []int `json:"part_repeats"`
	// UnrelatedHeadlines are the headlines that may be another story's
	// (unrelatedHeadline), UnrelatedParagraphs the paragraphs of at
	// least unrelatedParagraphWords words that share next to nothing with
	// it (similarity at most unrelatedParagraphSimilarity): the few
	// candidates of the rules about text of another story, whose own bars
	// are within these.
	UnrelatedHeadlines  []int `json:"unrelated_headlines"`
	UnrelatedParagraphs []int `json:"unrelated_paragraphs"`
	// Posts are blocks that open with a clock time, as the posts of a live
	// blog do ("19h33. Reconfinement : …", "10:05 GMT — The minister …",
	// "14.32 Uhr:"): a page with one is a stream of separate items.
	Posts []int `json:"posts"`
}

// A paragraph of another story pasted into the article is a whole
// paragraph that shares next to nothing with it. Many short paragraphs
// of a story share little with the rest of it too (on the real-text
// corpus, 7.4 paragraphs a page at similarity 0.1 and any length, 1.1 at
// these bounds), and every one listed is walked by the rules on every
// page.
const (
	unrelatedParagraphSimilarity = 0.05
	unrelatedParagraphWords      = 20
)

// unrelatedHeadline reports a headline of the body that may be another
// story's: one of three words or more that shares almost nothing with the
// article (similarity at most nameCheckSimilarity), neither its title nor
// in the page's header, which are the article's own, and named by no
// strong lexicon tag (a sources heading, a photo credit and a widget's
// line belong to the page however little they share with the story), nor
// a title credited to its author ("Nächte im Hafen von Elena Vogt"), an
// entry of a list of books or films, whose titles share nothing with the
// story that lists them.
func unrelatedHeadline(f *Facts, i int) bool {
	b := &f.Blocks[i]
	if b.Similarity > nameCheckSimilarity || b.Words < 3 || b.InHeader || (f.Title != nil && f.Title.Block == i) {
		return false
	}
	if creditWorkRE().MatchString(strings.TrimSpace(b.Text)) {
		return false
	}
	for _, t := range b.Tags {
		if t.Strong {
			return false
		}
	}
	return true
}

// postStampRE is a clock time that opens a block, alone or before a
// separator and the post.
var postStampRE = lazyRegexp(`^\d{1,2}(?:[:.]\d{2}|h\d{2})(?:\s?(?i:[ap]\.?m\.?|uhr|h))?(?:\s?(?:GMT|BST|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT|UTC))?\s*(?:$|[.:|–—-]\s)`)

// post reports a block that opens a live blog's post: a clock time before
// the post's text, or alone over a paragraph of prose. A time alone over a
// headline is a video's length in a list of clips ("01:37" / "Deux ans
// après, …").
func post(f *Facts, i int) bool {
	b := &f.Blocks[i]
	m := postStampRE().FindStringIndex(b.Text)
	if m == nil {
		return false
	}
	if strings.TrimSpace(b.Text[m[1]:]) != "" {
		return true
	}
	if i+1 >= len(f.Blocks) {
		return false
	}
	next := &f.Blocks[i+1]
	return next.Kind == "paragraph" && !next.HeadlineShape && next.Line == ""
}

// SentenceLists holds the indices of the sentences with a feature rules
// look for, in reading order, as BlockLists does for blocks.
type SentenceLists struct {
	// Repeats are the sentences that repeat an earlier sentence
	// (repeat_of set).
	Repeats []int `json:"repeats"`
}

// listBlocks fills f.BlockLists from the block signals. Blocks in page
// furniture (with a region) are in no list: the rules that read these
// lists leave furniture to the rules about it.
func listBlocks(f *Facts) {
	l := BlockLists{Headlines: []int{}, Lines: []int{}, Paragraphs: []int{}, Queries: []int{}, Verbless: []int{}, Repeats: []int{}, PartRepeats: []int{}, Posts: []int{},
		UnrelatedHeadlines: []int{}, UnrelatedParagraphs: []int{}}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.RepeatOf != nil {
			l.Repeats = append(l.Repeats, i)
		}
		if b.Region != "" {
			continue
		}
		switch {
		case b.Line != "":
			l.Lines = append(l.Lines, i)
		case b.HeadlineShape:
			l.Headlines = append(l.Headlines, i)
			if unrelatedHeadline(f, i) {
				l.UnrelatedHeadlines = append(l.UnrelatedHeadlines, i)
			}
		}
		if b.Kind == "paragraph" && !b.InHeader {
			l.Paragraphs = append(l.Paragraphs, i)
			if b.Similarity <= unrelatedParagraphSimilarity && b.Words >= unrelatedParagraphWords {
				l.UnrelatedParagraphs = append(l.UnrelatedParagraphs, i)
			}
		}
		if b.Query {
			l.Queries = append(l.Queries, i)
		}
		if b.Verbless {
			l.Verbless = append(l.Verbless, i)
		}
		if !b.InHeader && post(f, i) {
			l.Posts = append(l.Posts, i)
		}
	}
	f.SentenceLists = SentenceLists{Repeats: []int{}}
	for i := range f.Sentences {
		s := &f.Sentences[i]
		if s.RepeatOf == nil {
			continue
		}
		f.SentenceLists.Repeats = append(f.SentenceLists.Repeats, i)
		// The sentences are in reading order: a block's come together.
		if f.Blocks[s.Block].RepeatOf == nil && (len(l.PartRepeats) == 0 || l.PartRepeats[len(l.PartRepeats)-1] != s.Block) {
			l.PartRepeats = append(l.PartRepeats, s.Block)
		}
	}
	f.BlockLists = l
}
