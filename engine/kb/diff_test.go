package kb

import (
	"strings"
	"testing"
)

func TestDiffOfficeByOffice(t *testing.T) {
	a := build(t, "testdata/base")
	b := build(t, "testdata/base", "testdata/user/add.toml")
	got := FormatDiff(Diff(a, b), a, b)
	want := `nato-secretary-general (NATO Secretary General)
  ~ term of jens-stoltenberg from 2014-10-01: end 2024-10-01 → 2024-09-30
riverton-mayor (Mayor of Riverton)
  + office "Mayor of Riverton" (US), 1 terms
  + term of ana-lind, 2022-01-03 to open
people
  + ana-lind (Ana Lind)
  + jens-stoltenberg: alias "J. Stoltenberg"
  - theresa-may: ambiguous alias "May"
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if len(Diff(a, a)) != 0 {
		t.Error("a base does not differ from itself")
	}
}

func TestDiffMovedStartAndRemovedTerm(t *testing.T) {
	a := build(t, "testdata/base")
	b := build(t, "testdata/base")
	b.Role("uk-prime-minister").Terms[1].Start = "2019-07-25"
	b.Role("uk-prime-minister").Terms = b.Role("uk-prime-minister").Terms[1:]
	b.Role("uk-prime-minister").Name = "Prime Minister of the United Kingdom"
	got := FormatDiff(Diff(a, b), a, b)
	for _, want := range []string{
		"uk-prime-minister (Prime Minister of the United Kingdom)\n",
		`  ~ name "UK Prime Minister" → "Prime Minister of the United Kingdom"`,
		"  ~ term of boris-johnson: 2019-07-24 to 2022-09-06 → 2019-07-25 to 2022-09-06",
		"  - term of theresa-may, 2016-07-13 to 2019-07-24",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
