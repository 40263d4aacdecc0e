package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// Block is the text one article adds to an output file.
type Block struct {
	Path string
	Text string
	// Marker stands for no article: every shard gets one, so that every
	// output file is written, empty when nothing goes in it.
	Marker bool
}

// shardOf spreads articles over the output files by path.
func shardOf(path string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(path))
	return int(h.Sum32() % uint32(shards))
}

// splitFn sends each article's findings, file record and error record to
// their outputs, keyed by shard.
type splitFn struct {
	Shards int
}

func (f *splitFn) ProcessElement(l Linted, findings, files, errs func(int, Block)) {
	k := shardOf(l.Path, f.Shards)
	if l.Findings != "" {
		findings(k, Block{Path: l.Path, Text: l.Findings})
	}
	if l.File != "" {
		files(k, Block{Path: l.Path, Text: l.File + "\n"})
	}
	if l.Error != "" {
		errs(k, Block{Path: l.Path, Text: l.Error + "\n"})
	}
}

func markerFn(shard int) (int, Block) { return shard, Block{Marker: true} }

// writeShardFn writes one output file per shard, articles in path order
// (an article's findings in the CLI's order). A retried shard rewrites the
// whole file.
type writeShardFn struct {
	Dir    string
	Name   string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, blocks func(*Block) bool) error {
	var all []Block
	var b Block
	for blocks(&b) {
		if !b.Marker {
			all = append(all, b)
		}
	}
	// By path, then by text: blocks of one path (a records file's error
	// lines) arrive in any order, and the shard is the same whatever it.
	sort.Slice(all, func(i, j int) bool {
		if all[i].Path != all[j].Path {
			return all[i].Path < all[j].Path
		}
		return all[i].Text < all[j].Text
	})
	return writeFile(ctx, join(f.Dir, shardName(f.Name, shard, f.Shards)), func(w *bufio.Writer) error {
		for _, b := range all {
			if _, err := w.WriteString(b.Text); err != nil {
				return err
			}
		}
		return nil
	})
}

// shardName is name.jsonl for one shard, name-00001-of-00004.jsonl for
// more.
func shardName(name string, shard, shards int) string {
	if shards <= 1 {
		return name + ".jsonl"
	}
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", name, shard, shards)
}

// join adds a file name to a folder, local or in a Beam file system.
func join(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}

func writeFile(ctx context.Context, name string, write func(*bufio.Writer) error) error {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	fd, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	if err := write(w); err != nil {
		fd.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

// Count sums up files and findings, for the whole run, a rule or a site.
type Count struct {
	Files             int `json:"files"`
	FilesWithFindings int `json:"files_with_findings"`
	InputErrors       int `json:"input_errors"`
	Findings          int `json:"findings"`
	Errors            int `json:"errors"`
	Warnings          int `json:"warnings"`
	Infos             int `json:"infos"`
}

func (c Count) add(o Count) Count {
	c.Files += o.Files
	c.FilesWithFindings += o.FilesWithFindings
	c.InputErrors += o.InputErrors
	c.Findings += o.Findings
	c.Errors += o.Errors
	c.Warnings += o.Warnings
	c.Infos += o.Infos
	return c
}

func (c *Count) severity(s string, n int) {
	c.Findings += n
	switch s {
	case "error":
		c.Errors += n
	case "warning":
		c.Warnings += n
	default:
		c.Infos += n
	}
}

// Keys of the summary's counts.
const (
	totalKey   = "total"
	rulePrefix = "rule:"
	sitePrefix = "site:"
)

// countFn counts one article for the whole run, its site, and each rule
// that reported on it.
func countFn(l Linted, emit func(string, Count)) {
	var c Count
	if l.Error != "" {
		c.InputErrors = 1
	} else {
		c.Files = 1
	}
	byRule := map[string]*Count{}
	var rules []string
	for _, t := range l.Tally {
		c.severity(t.Severity, t.N)
		r := byRule[t.Rule]
		if r == nil {
			r = &Count{Files: 1, FilesWithFindings: 1}
			byRule[t.Rule] = r
			rules = append(rules, t.Rule)
		}
		r.severity(t.Severity, t.N)
	}
	if c.Findings > 0 {
		c.FilesWithFindings = 1
	}
	emit(totalKey, c)
	emit(sitePrefix+l.Site, c)
	for _, id := range rules {
		emit(rulePrefix+id, *byRule[id])
	}
}

func sumCounts(a, b Count) Count { return a.add(b) }

// zeroTotalFn makes sure a run without any article still writes its
// summary.
func zeroTotalFn(_ []byte, emit func(string, Count)) { emit(totalKey, Count{}) }

// Summary is summary.json: the run's counts, then per rule and per site.
type Summary struct {
	Version int `json:"version"`
	Count
	Rules []RuleSummary `json:"rules"`
	Sites []SiteSummary `json:"sites"`
}

// RuleSummary counts one rule's findings and the files it reported on.
type RuleSummary struct {
	Rule     string `json:"rule"`
	Findings int    `json:"findings"`
	Files    int    `json:"files"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Infos    int    `json:"infos"`
}

// SiteSummary counts one site's files and findings.
type SiteSummary struct {
	Site string `json:"site"`
	Count
}

// keyedCount is one combined count, for the summary's writer.
type keyedCount struct {
	Key   string
	Count Count
}

func toKeyed(k string, c Count) keyedCount { return keyedCount{Key: k, Count: c} }

// writeSummaryFn gathers the combined counts (one per rule and site: few
// enough for one worker) into summary.json.
type writeSummaryFn struct {
	Dir string
}

func (f *writeSummaryFn) ProcessElement(ctx context.Context, _ int, counts func(*keyedCount) bool) error {
	sum := Summary{Version: 1, Rules: []RuleSummary{}, Sites: []SiteSummary{}}
	var kc keyedCount
	for counts(&kc) {
		switch {
		case kc.Key == totalKey:
			sum.Count = sum.Count.add(kc.Count)
		case strings.HasPrefix(kc.Key, rulePrefix):
			c := kc.Count
			sum.Rules = append(sum.Rules, RuleSummary{Rule: strings.TrimPrefix(kc.Key, rulePrefix), Findings: c.Findings, Files: c.Files, Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos})
		case strings.HasPrefix(kc.Key, sitePrefix):
			sum.Sites = append(sum.Sites, SiteSummary{Site: strings.TrimPrefix(kc.Key, sitePrefix), Count: kc.Count})
		}
	}
	sort.Slice(sum.Rules, func(i, j int) bool {
		a, b := sum.Rules[i], sum.Rules[j]
		return a.Findings > b.Findings || a.Findings == b.Findings && a.Rule < b.Rule
	})
	sort.Slice(sum.Sites, func(i, j int) bool { return sum.Sites[i].Site < sum.Sites[j].Site })
	return writeFile(ctx, join(f.Dir, "summary.json"), func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(sum)
	})
}

// writeOutputs writes the findings, file records and error records in
// shards, and the summary.
func writeOutputs(s beam.Scope, linted beam.PCollection, dir string, shards int) {
	s = s.Scope("write")
	findings, files, errs := beam.ParDo3(s, &splitFn{Shards: shards}, linted)
	idx := make([]int, shards)
	for i := range idx {
		idx[i] = i
	}
	markers := beam.ParDo(s, markerFn, beam.CreateList(s, idx))
	for _, out := range []struct {
		name string
		col  beam.PCollection
	}{{"findings", findings}, {"files", files}, {"errors", errs}} {
		ss := s.Scope(out.name)
		grouped := beam.GroupByKey(ss, beam.Flatten(ss, markers, out.col))
		beam.ParDo0(ss, &writeShardFn{Dir: dir, Name: out.name, Shards: shards}, grouped)
	}
	ss := s.Scope("summary")
	counts := beam.ParDo(ss, countFn, linted)
	counts = beam.Flatten(ss, counts, beam.ParDo(ss, zeroTotalFn, beam.Impulse(ss)))
	combined := beam.ParDo(ss, toKeyed, beam.CombinePerKey(ss, sumCounts, counts))
	beam.ParDo0(ss, &writeSummaryFn{Dir: dir}, beam.GroupByKey(ss, beam.AddFixedKey(ss, combined)))
}
