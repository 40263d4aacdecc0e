package engine

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestLintEachKeepsOrder: results come to the callback in the order of the
// inputs whatever the number of jobs, unreadable files in their place.
func TestLintEachKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	for i := range 30 {
		// Longer articles first, so that later files tend to finish
		// before earlier ones.
		body := fmt.Sprintf("# Story %d\n\n", i)
		for range 30 - i {
			body += "The council met on Tuesday to discuss the harbour budget and the ferry timetable.\n\n"
		}
		path := filepath.Join(dir, fmt.Sprintf("s%02d.md", i))
		if i%9 != 4 {
			if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		inputs = append(inputs, Input{Path: path, Display: path})
	}
	for _, jobs := range []int{1, 2, 5} {
		p, err := New().WithJobs(jobs).Prepare(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		var unread int
		p.LintEach(context.Background(), inputs, nil, func(r FileResult) {
			if r.Err != nil {
				unread++
				got = append(got, r.Err.Path)
				return
			}
			got = append(got, r.File.Path)
		})
		want := make([]string, len(inputs))
		for i, in := range inputs {
			want[i] = in.Display
		}
		if !slices.Equal(got, want) || unread != 3 {
			t.Errorf("--jobs %d: order %v (%d unreadable), want %v (3 unreadable)", jobs, got, unread, want)
		}
	}
}
