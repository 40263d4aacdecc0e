package corpus

import (
	"io/fs"
	"math/rand"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/rules"
)

// kb is the part of the built-in knowledge base the generator uses to
// write office-holder mentions, right or (planted) wrong for the date.
type kb struct {
	terms  []term
	people map[string]string // id -> name
	short  map[string]string // id -> surname, for later mentions
	labels map[string]string // role id -> first label
}

type term struct {
	role, person string
	start, end   time.Time // end is zero while in office
}

func loadKB() *kb {
	k := &kb{people: map[string]string{}, short: map[string]string{}, labels: map[string]string{}}
	_ = fs.WalkDir(rules.FS, "kb", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
			return nil
		}
		src, _ := fs.ReadFile(rules.FS, p)
		var f struct {
			Roles []struct {
				ID           string
				Labels       []string
				SingleHolder bool `toml:"single_holder"`
			}
			People []struct{ ID, Name, Surname string }
			Terms  []struct{ Role, Person, Start, End string }
		}
		if toml.Unmarshal(src, &f) != nil {
			return nil
		}
		for _, r := range f.Roles {
			if len(r.Labels) > 0 && r.SingleHolder {
				k.labels[r.ID] = r.Labels[0]
			}
		}
		for _, p := range f.People {
			k.people[p.ID] = p.Name
			short := p.Surname
			if short == "" {
				short = p.Name[strings.LastIndexByte(p.Name, ' ')+1:]
			}
			k.short[p.ID] = short
		}
		for _, t := range f.Terms {
			s, err := time.Parse("2006-01-02", t.Start)
			if err != nil {
				continue
			}
			e, _ := time.Parse("2006-01-02", t.End)
			k.terms = append(k.terms, term{t.Role, t.Person, s, e})
		}
		return nil
	})
	return k
}

func (t term) holds(d time.Time) bool {
	return !d.Before(t.start) && (t.end.IsZero() || d.Before(t.end))
}

// holder names someone with an office they held on date.
func (k *kb) holder(r *rand.Rand, date time.Time) (string, bool) {
	return k.find(r, func(t term) bool { return t.holds(date) })
}

// stale names someone with an office they had left a year or more before
// date: a planted stale-officeholder defect.
func (k *kb) stale(r *rand.Rand, date time.Time) (string, bool) {
	return k.find(r, func(t term) bool { return !t.end.IsZero() && t.end.AddDate(1, 0, 0).Before(date) })
}

func (k *kb) find(r *rand.Rand, ok func(term) bool) (string, bool) {
	if len(k.terms) == 0 {
		return "", false
	}
	for tries := 0; tries < 50; tries++ {
		t := k.terms[r.Intn(len(k.terms))]
		label, name := k.labels[t.role], k.people[t.person]
		if label != "" && name != "" && ok(t) {
			return label + " " + name, true
		}
	}
	return "", false
}

// officeholder is a person named with an office: "US President", "Joe
// Biden", "Biden".
type officeholder struct{ label, name, short string }

// holderOn picks someone who held an office on date.
func (k *kb) holderOn(r *rand.Rand, date time.Time) (officeholder, bool) {
	return k.pick(r, func(t term) bool { return t.holds(date) })
}

// formerOn picks someone who had left an office a year or more before date.
func (k *kb) formerOn(r *rand.Rand, date time.Time) (officeholder, bool) {
	return k.pick(r, func(t term) bool { return !t.end.IsZero() && t.end.AddDate(1, 0, 0).Before(date) })
}

func (k *kb) pick(r *rand.Rand, ok func(term) bool) (officeholder, bool) {
	if len(k.terms) == 0 {
		return officeholder{}, false
	}
	for tries := 0; tries < 50; tries++ {
		t := k.terms[r.Intn(len(k.terms))]
		label, name := k.labels[t.role], k.people[t.person]
		if label != "" && name != "" && ok(t) {
			return officeholder{label, name, k.short[t.person]}, true
		}
	}
	return officeholder{}, false
}
