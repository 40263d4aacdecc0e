package document

import "fmt"

// Budget is the memory one file may take while it is linted, counted in
// estimated bytes as its facts are made: the readers charge each block,
// the extractors each sentence, date, link and mention. Every fact costs
// the rules' engine far more than its text (a block about 3 KB, a
// sentence about 2 KB), so a page of a million one-word paragraphs would
// need gigabytes; with a budget, the facts stop where the budget runs out
// and the file gets one input-limit finding there, instead of exhausting
// the memory. A nil *Budget has no limit.
type Budget struct {
	// Limit is the estimate the file may reach; Used what it has reached.
	Limit, Used int64
	// Cut is set once a charge was refused.
	Cut bool
	// Grew, when set, is told what Used has reached as it grows (at most
	// once per 1/16 of it, and not under a megabyte), so that a run can
	// hold memory for what a file is estimated to use rather than for its
	// whole budget.
	Grew     func(used int64)
	reported int64
}

// grew tells Grew of Used once it has grown enough since last told.
func (b *Budget) grew() {
	if b.Grew != nil && b.Used-b.reported >= max(1<<20, b.reported/16) {
		b.reported = b.Used
		b.Grew(b.Used)
	}
}

// Estimated costs, measured on the built-in rules (docs/input.md, "Memory"):
// what a file's memory peaks at above the process at rest, fitted on long
// novel prose, news prose and one-word paragraphs so that the estimate is
// a little above the peak (3-12 % when fitted, docs/performance.md,
// "Hostile input"): the facts in Go, their OPA form (a block about 2.2 KB, a
// sentence 1.2 KB, a date 1.5 KB, a mention 4 KB), and the rules' work
// over them. CostByte stands for what grows with the text rather than
// with its blocks and sentences: the document, the words cut from it as
// the facts are made, the rules' work over them.
const (
	CostBlock    = 2400 // a block, beyond its text
	CostSentence = 1400
	CostFact     = 1800 // a date, duration, link, mention or tag
	CostByte     = 10   // a byte of block text
)

// Take charges n bytes; false (and nothing charged) when they do not fit.
// Once a charge is refused, every later one is too, so that the facts kept
// are a prefix of the file.
func (b *Budget) Take(n int64) bool {
	if b == nil {
		return true
	}
	if b.Cut || b.Used+n > b.Limit {
		b.Cut = true
		return false
	}
	b.Used += n
	b.grew()
	return true
}

// Charge charges n bytes whether or not they fit (what was already made
// is counted), and stops the budget when they did not.
func (b *Budget) Charge(n int64) {
	if b == nil {
		return
	}
	b.Used += n
	if b.Used > b.Limit {
		b.Cut = true
	}
	b.grew()
}

// Left is what the budget has left; a nil budget has no end.
func (b *Budget) Left() int64 {
	if b == nil {
		return 1<<63 - 1
	}
	if b.Cut {
		return 0
	}
	return b.Limit - b.Used
}

// Full reports whether a charge was refused.
func (b *Budget) Full() bool { return b != nil && b.Cut }

// readShare is the part of a budget the readers' blocks may take: the rest
// is for the sentences and other facts the extractors find in them.
const readShare = 0.6

// readLeft is what the readers may still charge.
func (b *Budget) readLeft() int64 {
	if b == nil {
		return 1<<63 - 1
	}
	return int64(float64(b.Limit)*readShare) - b.Used
}

// blockCost is what a block of text costs, with its links.
func blockCost(text, links int) int64 {
	return CostBlock + int64(text)*CostByte + int64(links)*CostFact
}

// BudgetNotice is the input-limit notice for a file cut at offset at of
// the working buffer.
func (d *Document) BudgetNotice(at int) Notice {
	return Notice{
		Rule: "input-limit", Span: d.Span(at, min(at+1, len(d.Buf))),
		Message: fmt.Sprintf("this file's facts would take more memory than its budget of %s (%s), so the text from here on was not fully checked: it holds more blocks and sentences than its size accounts for (each block, sentence, link or date costs the rules one to four kilobytes)",
			sizeOf(d.Budget.Limit), budgetRule),
		Suggestion: "split the file, look for generated markup (thousands of one-word lines or cells), or raise limits.max_file_memory in .newslint.toml",
	}
}

const budgetRule = "96 MB plus 64 bytes for each byte of the file, unless limits.max_file_memory says otherwise"

// cutAt notes, once, that the budget stopped the reading at offset at
// of the working buffer; a later, earlier cut (the extractors') moves it.
func (d *Document) cutAt(at int) {
	if d.budgetNotice > 0 {
		if n := &d.Notices[d.budgetNotice-1]; d.Lines.SourceOffset(at) < n.Span.Offset {
			*n = d.BudgetNotice(at)
		}
		return
	}
	d.Notices = append(d.Notices, d.BudgetNotice(at))
	d.budgetNotice = len(d.Notices)
}

// TruncateBlock keeps block i's text up to byte end of it (a sentence
// boundary) and the links inside, and notes that the text stopped being
// checked there.
func (d *Document) TruncateBlock(i, end int) {
	b := &d.Blocks[i]
	if end >= len(b.Text.S) {
		return
	}
	at, _ := b.Text.Range(end, end)
	d.cutAt(at)
	b.Text.S = b.Text.S[:end]
	b.Span = d.TextSpan(&b.Text, 0, end)
	kept := b.Links[:0]
	for _, l := range b.Links {
		if l.Span.EndOffset <= b.Span.EndOffset {
			kept = append(kept, l)
		}
	}
	b.Links = kept
}

// NoteCut notes that the facts stopped being made at offset at of the
// working buffer (an extractor ran out of budget there).
func (d *Document) NoteCut(at int) { d.cutAt(at) }

// CutBlocks drops the blocks from i on, which the budget cannot hold, and
// notes where the text stopped being checked.
func (d *Document) CutBlocks(i int) {
	if i >= len(d.Blocks) {
		return
	}
	d.cutAt(d.Blocks[i].Text.start())
	clear(d.Blocks[i:])
	d.Blocks = d.Blocks[:i]
}

// addBlock appends a block if the readers' share of the budget has room
// for it; after the first that does not fit, none is added.
func (d *Document) addBlock(b Block) bool {
	cost := blockCost(len(b.Text.S), len(b.Links))
	if d.readFull || cost > d.Budget.readLeft() {
		if !d.readFull {
			d.readFull = true
			d.cutAt(b.Text.start())
		}
		return false
	}
	d.Budget.Charge(cost)
	d.Blocks = append(d.Blocks, b)
	return true
}

func sizeOf(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", n>>10)
}
