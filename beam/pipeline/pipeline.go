// Package pipeline is newslint as an Apache Beam pipeline: it reads
// articles (files and folders, globs in any Beam file system, JSON Lines
// records), lints each with a linter prepared once per worker, and writes
// the findings as JSON Lines with a summary per rule and per site.
package pipeline

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// The local disk is always an input and output; beamx adds gs://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Options are the pipeline's inputs and outputs.
type Options struct {
	// Inputs are files, folders or globs: on the local disk (walked as
	// newslint lint walks them) or in a Beam file system (gs://...).
	Inputs []string
	// Records are globs of JSON Lines files of {path, format, date,
	// content} records.
	Records []string
	// Output is the folder the results are written to.
	Output string
	// Shards is how many files each JSON Lines output is split into.
	Shards int
	// Jobs is how many articles a bundle lints at once.
	Jobs int
}

// Build adds the pipeline to a scope.
func Build(s beam.Scope, set Settings, o Options) error {
	if len(o.Inputs)+len(o.Records) == 0 {
		return fmt.Errorf("no input: give --input or --records")
	}
	if o.Output == "" {
		return fmt.Errorf("no output folder: give --output")
	}
	if o.Shards < 1 {
		o.Shards = 1
	}
	for _, p := range append(append([]string{o.Output}, o.Records...), o.Inputs...) {
		if err := checkScheme(p); err != nil {
			return err
		}
	}
	var local, remote []string
	for _, in := range o.Inputs {
		if hasScheme(in) {
			remote = append(remote, in)
		} else {
			local = append(local, in)
		}
	}
	var articles []beam.PCollection
	if len(local) > 0 {
		articles = append(articles, beam.ParDo(s.Scope("local"), &expandFn{Settings: set}, beam.Create(s, Request{Paths: local})))
	}
	if len(remote) > 0 {
		articles = append(articles, beam.ParDo(s.Scope("list"), &listFn{Settings: set}, beam.CreateList(s, remote)))
	}
	var unmatched []Article
	for _, glob := range o.Records {
		if m, err := filepath.Glob(glob); !hasScheme(glob) && err == nil && len(m) == 0 {
			// Beam's textio reads nothing from a local glob without a
			// match; say so, as for an --input.
			unmatched = append(unmatched, Article{Path: glob, Err: "no records file matches", Site: recordSite(glob)})
			continue
		}
		rs := s.Scope("records")
		articles = append(articles, beam.ParDo(rs, parseRecordFn{}, textio.ReadWithFilename(rs, glob)))
	}
	if len(unmatched) > 0 {
		articles = append(articles, beam.CreateList(s, unmatched))
	}
	all := articles[0]
	if len(articles) > 1 {
		all = beam.Flatten(s, articles...)
	}
	// Listings and records files come from few workers: spread the
	// articles over all of them before the costly step.
	all = beam.Reshuffle(s, all)
	linted := beam.ParDo(s.Scope("lint"), &lintFn{Settings: set, Jobs: o.Jobs}, all)
	writeOutputs(s, linted, o.Output, o.Shards)
	return nil
}

// checkScheme tells whether a Beam file system is registered for a path
// (the SDK panics when one is not).
func checkScheme(p string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", p, r)
		}
	}()
	filesystem.ValidateScheme(p)
	return nil
}

func init() {
	register.DoFn3x0[context.Context, Request, func(Article)](&expandFn{})
	register.DoFn3x0[context.Context, string, func(Article)](&listFn{})
	register.DoFn3x0[string, string, func(Article)](&parseRecordFn{})
	register.DoFn3x0[context.Context, Article, func(Linted)](&lintFn{})
	register.DoFn4x0[Linted, func(int, Block), func(int, Block), func(int, Block)](&splitFn{})
	register.DoFn3x1[context.Context, int, func(*Block) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*keyedCount) bool, error](&writeSummaryFn{})
	register.Function1x2(markerFn)
	register.Function2x0(countFn)
	register.Function2x0(zeroTotalFn)
	register.Function2x1(sumCounts)
	register.Function2x1(toKeyed)
	register.Emitter1[Article]()
	register.Emitter1[Linted]()
	register.Emitter2[int, Block]()
	register.Emitter2[string, Count]()
	register.Iter1[Block]()
	register.Iter1[keyedCount]()
}
