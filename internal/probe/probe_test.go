package probe

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
)

// The office-holder rules whose findings the probe counts.
var officeRules = map[string]bool{
	"stale-officeholder": true, "former-title-in-office": true, "stale-administration": true,
	"conflicting-officeholders": true, "quoted-officeholder": true, "event-date-mismatch": true,
}

// TestProbe lints the generated articles and holds every claim form to the
// issue's bar: at least 95 % of wrong claims caught, at most 1 % false
// alarms on the claims that must stay silent. It keeps one term per
// office (every office, every form, every language), so that the suite
// stays quick on a shared machine; NEWSLINT_FULL_PROBE=1 probes every term
// of every office (a few minutes of CPU).
func TestProbe(t *testing.T) {
	base, err := engine.New().Knowledge()
	if err != nil {
		t.Fatal(err)
	}
	p, err := engine.New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var courtesy []string
	for _, r := range p.Rules() {
		if r.ID == "stale-officeholder" {
			for _, c := range r.Options["courtesy_roles"].([]any) {
				courtesy = append(courtesy, c.(string))
			}
		}
	}
	arts := Generate(base.Full(), Options{Short: os.Getenv("NEWSLINT_FULL_PROBE") == "", Courtesy: courtesy})
	tally := map[string]*Tally{}
	var mu sync.Mutex
	work := make(chan Article)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range work {
				res := p.LintBytes(context.Background(), a.Name+".md", document.Markdown, []byte(a.Text))
				mu.Lock()
				score(tally, a, res)
				mu.Unlock()
			}
		}()
	}
	for _, a := range arts {
		work <- a
	}
	close(work)
	wg.Wait()
	var report strings.Builder
	probes, silent, alarms := 0, 0, 0
	for _, form := range Forms(tally) {
		x := tally[form]
		probes += x.Wrong + x.Right
		silent += x.Right
		alarms += x.FalseAlarms
		fmt.Fprintf(&report, "%-22s caught %4d/%-4d  false alarms %3d/%-4d\n", form, x.Caught, x.Wrong, x.FalseAlarms, x.Right)
		if os.Getenv("PROBE_MISSES") != "" {
			t.Logf("%s misses:\n  %s", form, strings.Join(x.Misses, "\n  "))
		}
		if x.Wrong > 0 && float64(x.Caught) < 0.95*float64(x.Wrong) {
			t.Errorf("%s: caught %d of %d wrong claims (< 95 %%); for example:\n  %s", form, x.Caught, x.Wrong, strings.Join(first(x.Misses, 5), "\n  "))
		}
		if x.Right > 0 && float64(x.FalseAlarms) > 0.01*float64(x.Right) {
			t.Errorf("%s: %d false alarms on %d right claims (> 1 %%); for example:\n  %s", form, x.FalseAlarms, x.Right, strings.Join(first(x.Alarms, 5), "\n  "))
		}
	}
	if probes < 500 {
		t.Errorf("only %d probes generated", probes)
	}
	t.Logf("%d articles, %d probes (%d silent, %d false alarms)\n%s", len(arts), probes, silent, alarms, report.String())
}

func score(tally map[string]*Tally, a Article, res engine.FileResult) {
	for _, pr := range a.Probes {
		x := tally[pr.Form]
		if x == nil {
			x = &Tally{}
			tally[pr.Form] = x
		}
		alarm, info := "", false
		for _, f := range res.Findings {
			if f.Line != pr.Line || !officeRules[f.Rule] {
				continue
			}
			if f.Severity == "info" {
				info = true
			} else {
				alarm = f.Rule + ": " + f.Message
			}
		}
		where := fmt.Sprintf("%s (%s): %s", a.Name, a.Date, pr.Text)
		switch pr.Expect {
		case Caught:
			x.Wrong++
			if alarm != "" {
				x.Caught++
			} else {
				x.Misses = append(x.Misses, where)
			}
		case Silent:
			x.Right++
			if alarm != "" {
				x.FalseAlarms++
				x.Alarms = append(x.Alarms, where+" → "+alarm)
			}
		case Info:
			// A quotation: wrong, so reported, but as information.
			x.Wrong++
			x.Right++
			switch {
			case alarm != "":
				x.FalseAlarms++
				x.Alarms = append(x.Alarms, where+" → "+alarm)
			case info:
				x.Caught++
			default:
				x.Misses = append(x.Misses, where)
			}
		}
	}
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }
