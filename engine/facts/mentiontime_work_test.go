package facts

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// weighedDates extracts the mentions of src and returns how many dates
// were weighed for their times.
func weighedDates(t *testing.T, g *Gazetteer, src string) (weighed, mentions int) {
	t.Helper()
	doc, err := document.Read("long.md", []byte(src), document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(doc, Options{})
	ranges := make([][][2]int, len(doc.Blocks))
	for i, bl := range doc.Blocks {
		ranges[i] = splitSentences(bl.Text.S)
	}
	f.Mentions, f.Events = nil, nil
	weighed = extractMentions(doc, f, g, ranges, &pageWords{doc: doc})
	return weighed, len(f.Mentions)
}

// A sentence that never ends, full of titled names and dates: each name's
// time is the nearest date that may set it, so the dates weighed grow with
// the sentence, not with its names times its dates (four times the text
// weighed 16 times the dates).
func TestMentionTimesWeighDatesNearby(t *testing.T) {
	g := builtinGazetteer(t)
	clause := "the deal was struck in 2022, Antony Blinken, the secretary of state under Biden during the talks, said, " +
		"and Chancellor Angela Merkel once called him later in the 1990s, "
	build := func(n int) string {
		return "---\ndate: 2025-06-14\n---\n\n" + strings.Repeat(clause, n) + "and that was all.\n"
	}
	small, ms := weighedDates(t, g, build(50))
	big, mb := weighedDates(t, g, build(200))
	if ms < 50 || mb < 4*ms-4 {
		t.Fatalf("the sentence should name someone in each clause: %d and %d mentions", ms, mb)
	}
	if big > 5*small {
		t.Errorf("50 clauses weighed %d dates, 200 clauses %d: not linear", small, big)
	}
}
