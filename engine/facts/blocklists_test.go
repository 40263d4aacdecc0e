package facts

import (
	"slices"
	"testing"
)

func TestBlockListsIndexTheBodyByFeature(t *testing.T) {
	src := `<html><body>
<article>
<h1>Why the ferry to Port Elling costs more this winter</h1>
<p>By Mara Quill</p>
<p>The island ferry will charge eleven pounds for a return ticket from January, two more than this year, after the operator said its fuel bill had doubled since the spring and that two of its boats needed new engines.</p>
<p>how much is the ferry to port elling</p>
<p>The port board approved the new fares on Tuesday by five votes to two, with both members from the island voting against the rise and asking for a discount for residents.</p>
<h2>Lighthouse Keepers Return to the Northern Cape</h2>
<p>March 4, 2025</p>
<footer><p>Tide Tables Published for the Winter Season</p></footer>
</article>
</body></html>`
	f := extract(t, "ferry.html", src)
	l := f.BlockLists
	idx := func(prefix string) int { return blockAt(t, f, prefix).Index }
	nav := idx("Tide Tables")
	if f.Blocks[nav].Region == "" || !f.Blocks[nav].HeadlineShape {
		t.Fatalf("the nav line should be a headline-shaped block of page furniture: %+v", f.Blocks[nav])
	}
	for name, list := range map[string][]int{"headlines": l.Headlines, "lines": l.Lines, "paragraphs": l.Paragraphs, "queries": l.Queries} {
		if slices.Contains(list, nav) {
			t.Errorf("%s lists a block of page furniture", name)
		}
		if !slices.IsSorted(list) {
			t.Errorf("%s is not in reading order: %v", name, list)
		}
	}
	if !slices.Contains(l.Headlines, idx("Lighthouse Keepers")) || !slices.Contains(l.UnrelatedHeadlines, idx("Lighthouse Keepers")) {
		t.Errorf("headlines %v, unrelated %v: both should hold the pasted headline", l.Headlines, l.UnrelatedHeadlines)
	}
	if slices.Contains(l.UnrelatedParagraphs, idx("The port board")) {
		t.Errorf("unrelated paragraphs %v hold a paragraph of the story", l.UnrelatedParagraphs)
	}
	if !slices.Contains(l.Lines, idx("March 4, 2025")) || slices.Contains(l.Headlines, idx("March 4, 2025")) {
		t.Errorf("a date line is in lines only: lines %v, headlines %v", l.Lines, l.Headlines)
	}
	if !slices.Contains(l.Queries, idx("how much is the ferry")) {
		t.Errorf("queries %v miss the search-query line", l.Queries)
	}
	for _, p := range []string{"The island ferry", "The port board"} {
		if !slices.Contains(l.Paragraphs, idx(p)) {
			t.Errorf("paragraphs %v miss %q", l.Paragraphs, p)
		}
	}
	// Each list holds exactly the body blocks with its feature.
	for i, b := range f.Blocks {
		body := b.Region == ""
		want := map[string]bool{
			"headlines":  body && b.HeadlineShape && b.Line == "",
			"lines":      body && b.Line != "",
			"paragraphs": body && b.Kind == "paragraph" && !b.InHeader,
			"queries":    body && b.Query,
			// The pasted headline shares nothing with the ferry story.
			"unrelated_headlines": body && b.HeadlineShape && b.Line == "" && b.Similarity <= 0.1 && b.Words >= 3 && !b.InHeader &&
				i != f.Title.Block && !slices.ContainsFunc(b.Tags, func(t Tag) bool { return t.Strong }),
			"unrelated_paragraphs": body && b.Kind == "paragraph" && !b.InHeader && b.Similarity <= 0.05 && b.Words >= 20,
		}
		got := map[string]bool{
			"headlines": slices.Contains(l.Headlines, i), "lines": slices.Contains(l.Lines, i),
			"paragraphs": slices.Contains(l.Paragraphs, i), "queries": slices.Contains(l.Queries, i),
			"unrelated_headlines":  slices.Contains(l.UnrelatedHeadlines, i),
			"unrelated_paragraphs": slices.Contains(l.UnrelatedParagraphs, i),
		}
		for k := range want {
			if want[k] != got[k] {
				t.Errorf("block %d %q: in %s %v, want %v", i, b.Text, k, got[k], want[k])
			}
		}
	}
}

// The lists of repeats and captions hold exactly the blocks and sentences
// with the feature, furniture's repeats too (and the blocks that repeat
// only some of their sentences), and the headline's copies are the other
// blocks with its key.
func TestListsOfRepeatsCaptionsAndHeadlineCopies(t *testing.T) {
	src := `<html><body>
<article>
<h1>Ferry fares rise for the winter</h1>
<p>The island ferry will charge eleven pounds for a return ticket from January, after the operator said its fuel bill had doubled.</p>
<p>Empty benches on the quay at Port Elling in the early morning light</p>
<p>The port board approved the new fares on Tuesday. The island ferry will charge eleven pounds for a return ticket from January, after the operator said its fuel bill had doubled.</p>
<p>Ferry fares rise for the winter</p>
<p>The island ferry will charge eleven pounds for a return ticket from January, after the operator said its fuel bill had doubled.</p>
<footer><p>Ferry fares rise for the winter</p></footer>
</article>
</body></html>`
	f := extract(t, "fares.html", src)
	var repeats, verbless, copies, sentences []int
	for i, b := range f.Blocks {
		if b.RepeatOf != nil {
			repeats = append(repeats, i)
		}
		if b.Verbless && b.Region == "" {
			verbless = append(verbless, i)
		}
		if b.Key == f.Title.Key && i != f.Title.Block {
			copies = append(copies, i)
		}
	}
	var parts []int
	for i, s := range f.Sentences {
		if s.RepeatOf != nil {
			sentences = append(sentences, i)
			if f.Blocks[s.Block].RepeatOf == nil && !slices.Contains(parts, s.Block) {
				parts = append(parts, s.Block)
			}
		}
	}
	footer := len(f.Blocks) - 1
	if f.Blocks[footer].Region == "" || !slices.Contains(repeats, footer) || !slices.Contains(copies, footer) {
		t.Fatalf("the footer's copy of the headline should be a repeat and a copy: %+v", f.Blocks[footer])
	}
	if len(verbless) == 0 || len(sentences) < 2 || len(parts) == 0 {
		t.Fatalf("the page should hold a caption and repeated sentences, in a block that is no whole repeat too: verbless %v, sentences %v, blocks %v", verbless, sentences, parts)
	}
	for _, c := range []struct {
		name      string
		got, want []int
	}{
		{"block_lists.repeats", f.BlockLists.Repeats, repeats},
		{"block_lists.part_repeats", f.BlockLists.PartRepeats, parts},
		{"block_lists.verbless", f.BlockLists.Verbless, verbless},
		{"title.copies", f.Title.Copies, copies},
		{"sentence_lists.repeats", f.SentenceLists.Repeats, sentences},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestBlockListsFindALiveBlogsPosts(t *testing.T) {
	src := "# Storm live: ferries stop\n\n" +
		"19h33. Les ferries restent à quai jusqu'à demain matin.\n\n" +
		"10:05 GMT — The harbour master closed the east pier.\n\n" +
		"14.32 Uhr: Die Fähre nach Sylt fällt aus.\n\n" +
		"10:05\n\n" +
		"The 10.30 ferry was the last to leave, the operator said.\n\n" +
		"01:37\n\n" +
		"Lighthouse Keepers Return to the Cape\n\n" +
		"2.5 million passengers used the line last year.\n"
	f := extract(t, "live.md", src)
	var got []string
	for _, i := range f.BlockLists.Posts {
		got = append(got, f.Blocks[i].Text)
	}
	want := []string{"19h33. Les ferries restent à quai jusqu'à demain matin.", "10:05 GMT — The harbour master closed the east pier.", "14.32 Uhr: Die Fähre nach Sylt fällt aus.", "10:05"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q\nwant %q", got, want)
	}
}
