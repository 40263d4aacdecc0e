package server

import (
	"encoding/json"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// A crawl passes the address it fetched: a date in its path dates the
// article for that request only.
func TestRequestURLDatesTheArticle(t *testing.T) {
	ts := start(t, Options{})
	article := "The ferry company changed its winter timetable after a month of complaints from commuters on the island routes.\n"
	date := func(fields map[string]any) report.File {
		t.Helper()
		code, body := ts.post(t, request(t, fields))
		var doc report.Document
		if err := json.Unmarshal(body, &doc); code != 200 || err != nil || len(doc.Files) != 1 {
			t.Fatalf("status %d: %s", code, body)
		}
		return doc.Files[0]
	}
	if f := date(map[string]any{"content": article, "format": "txt", "url": "https://example.com/2025/07/14/ferry"}); f.Date != "2025-07-14" || f.DateSource != "url" {
		t.Errorf("url: %+v", f)
	}
	if f := date(map[string]any{"content": article, "format": "txt", "url": "https://example.com/2025/07/ferry"}); f.Date != "2025-07" || f.DateStart != "2025-07-01" || f.DateEnd != "2025-07-31" {
		t.Errorf("a month is a range: %+v", f)
	}
	if f := date(map[string]any{"content": article, "format": "txt"}); f.DateSource != "none" {
		t.Errorf("the url leaked into the next request: %+v", f)
	}
}
