package facts

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Tense bits of a word (blockScan.tokTense).
const (
	tenseBitPresent uint8 = 1 << iota
	tenseBitPast
	tenseBitFuture
)

// Words of the date grammar (words/date-grammar-en.txt) for the verb a
// date belongs to.
var (
	// dateVerbsPresent are verbs of the present that give a date of their
	// own clause ("which takes effect on 1 July", "qui prend fin en mars",
	// "findet am 16. April statt"); they do not set the sentence's tense.
	dateVerbsPresent = dateGrammar["date_verbs_present"]
	// infinitiveMarkers open an infinitive before its verb: "to", "à",
	// "de", "para" ("voted to strike on 2 June", "a décidé de se
	// retrouver le 9 avril").
	infinitiveMarkers = dateGrammar["infinitive_markers"]
	// toNouns are the nouns "to" leads to as a preposition ("came to
	// power on", "was sent to prison on"): no infinitive.
	toNouns = dateGrammar["to_nouns"]
	// reportingVerbs report what someone said ("said", "confirmed").
	reportingVerbs = dateGrammar["reporting_verbs"]
	// clitics stand between a marker and its infinitive ("de se
	// retrouver", "para lo").
	clitics = dateGrammar["infinitive_clitics"]
)

// A clause's verb stands within verbReach words of its date, and a
// report's verb within reportVerbReach words of what it reports: bounded, the
// walks stay linear on a long run of text without a stop.
const (
	verbReach       = 16
	reportVerbReach = 40
)

// dateVerbs sets, for each date of the block, the tense of the verb its
// clause turns on (Date.VerbTense): the nearest word before it in its
// sentence that shows a tense, not past a comma or other clause mark, or
// an infinitive before that. A sentence told in the past may give a date
// to a clause in the present or to an infinitive, which looks ahead from
// the past verb: "The law, which takes effect on 1 July, was passed in
// March", "Members voted to strike on 2 June".
func (bs *blockScan) dateVerbs() {
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		// The first word that ends inside or after the date: one glued
		// to its start ("SPDFebruary 24") is not before it.
		k := sort.Search(len(bs.toks), func(i int) bool { return bs.toks[i].end > d.at })
		if v := bs.verbBefore(k, d); v != "" {
			d.VerbTense = v
		} else if bs.lang == "de" && bs.zuAfter(d) {
			d.VerbTense = "infinitive"
		}
		if d.planYear != 0 && (d.VerbTense == "present" || d.VerbTense == "future" || d.cue == "next" || d.cue == "this") {
			// "Le festival ouvre samedi 15 juin", "Next Monday, March
			// 18, …": a plan is of the coming days, whatever year its
			// weekday would fit.
			d.resolve(d.planYear, true)
			d.planYear = 0
		}
	}
}

// verbBefore walks back from word k, where date d starts.
func (bs *blockScan) verbBefore(k int, d *Date) string {
	if k > 0 && strings.ContainsAny(bs.text[bs.toks[k-1].end:d.at], ",;:()[]—–") {
		return ""
	}
	for j := k - 1; j >= 0 && j >= k-verbReach && bs.sent[j] == d.Sentence; j-- {
		t := bs.toks[j]
		if !t.upper && bs.infinitiveAt(j, k) {
			return "infinitive"
		}
		bits := bs.tokTense[j]
		if bits == 0 && !t.upper && dateVerbsPresent[t.key] && (j == 0 || !nounMarkers[bs.toks[j-1].key] && !auxiliaries[bs.toks[j-1].key]) {
			// (After an auxiliary, "would resume", the auxiliary tells.)
			bits = tenseBitPresent
		}
		switch {
		case bits&tenseBitFuture != 0:
			return "future"
		case bits&tenseBitPresent != 0:
			return "present"
		case bits&tenseBitPast != 0:
			if bs.reportedProgressive(j, k, d.Sentence) {
				return "future"
			}
			return "past"
		}
		if j > 0 && strings.ContainsAny(bs.gap(j), ",;:()[]—–") {
			if bs.lang == "de" && germanSubordinators[t.key] {
				return bs.clauseLastVerb(k, d.Sentence)
			}
			return ""
		}
	}
	return ""
}

// germanSubordinators open a German clause whose verb comes last: "…,
// dass die Reform am 12. März in Kraft tritt".
var germanSubordinators = map[string]bool{"dass": true, "daß": true, "ob": true, "weil": true, "wenn": true, "damit": true, "sodass": true, "falls": true}

// clauseLastVerb is the tense of the word that closes the clause from
// word k, before a comma or the sentence's end: a German subordinate
// clause's verb.
func (bs *blockScan) clauseLastVerb(k, sent int) string {
	last := -1
	for j := k; j < len(bs.toks) && bs.sent[j] == sent; j++ {
		last = j
		if j+1 < len(bs.toks) && strings.ContainsAny(bs.gap(j+1), ",;:()[]—–") {
			break
		}
	}
	if last < 0 {
		return ""
	}
	switch bits := bs.tokTense[last]; {
	case bits&tenseBitFuture != 0:
		return "future"
	case bits&tenseBitPresent != 0:
		return "present"
	case bits&tenseBitPast != 0:
		return "past"
	}
	// A verb no list holds, by its ending: "tritt", "beginnt" (present),
	// "startete" (past); not a participle ("gestartet").
	switch w := bs.toks[last]; {
	case w.upper || utf8.RuneCountInString(w.key) < 4 || strings.HasPrefix(w.key, "ge"):
	case strings.HasSuffix(w.key, "te") || strings.HasSuffix(w.key, "ten"):
		return "past"
	case strings.HasSuffix(w.key, "t"):
		return "present"
	}
	return ""
}

// reportedProgressive: word j is "was" or "were" before a verb in -ing,
// in a sentence that reports what someone said: the present progressive
// of a plan, shifted into the past by the report ("The team confirmed it
// was playing on 21 June", "the minister said the troops were leaving by
// 30 September").
func (bs *blockScan) reportedProgressive(j, k, sent int) bool {
	if key := bs.toks[j].key; key != "was" && key != "were" || j+1 >= k {
		return false
	}
	if v := bs.toks[j+1]; v.upper || !strings.HasSuffix(v.key, "ing") || utf8.RuneCountInString(v.key) < 5 {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-reportVerbReach && bs.sent[i] == sent; i-- {
		if reportingVerbs[bs.toks[i].key] {
			return true
		}
	}
	for i := k; i < len(bs.toks) && i < k+reportVerbReach && bs.sent[i] == sent; i++ {
		if reportingVerbs[bs.toks[i].key] {
			return true
		}
	}
	return false
}

// infinitiveAt: word j is a marker of an infinitive that comes before
// word k (the date): "to" and a verb ("to strike", not "to power", "to
// the"), French "à"/"de" and Spanish "a"/"para" and a word ending as
// their infinitives do, a clitic perhaps between ("de se retrouver",
// "para reunirse").
func (bs *blockScan) infinitiveAt(j, k int) bool {
	if !infinitiveMarkers[bs.toks[j].key] || j+1 >= k {
		return false
	}
	v := j + 1
	if bs.lang == "fr" || bs.lang == "es" {
		if clitics[bs.toks[v].key] && v+1 < k {
			v++
		}
	}
	t := bs.toks[v]
	if t.upper || !isLetters(t.key) || bs.overlapsDate(v, v+1) {
		return false
	}
	switch bs.lang {
	case "fr":
		return bs.toks[j].key != "to" && utf8.RuneCountInString(t.key) > 3 && hasAnySuffix(t.key, "er", "ir", "re")
	case "es":
		return bs.toks[j].key != "to" && utf8.RuneCountInString(t.key) > 3 && hasAnySuffix(t.key, "ar", "er", "ir", "arse", "erse", "irse")
	case "", "en":
		return bs.toks[j].key == "to" && !toNouns[t.key] && !definiteArticles[t.key] && !nounMarkers[t.key] && !strings.HasSuffix(t.key, "s")
	}
	return false
}

// zuAfter: a German infinitive with "zu" follows the date in its clause
// ("vereinbarten, sich am 9. April erneut zu treffen").
func (bs *blockScan) zuAfter(d *Date) bool {
	k := sort.Search(len(bs.toks), func(i int) bool { return bs.toks[i].start >= d.end })
	for j := k; j < len(bs.toks) && j < k+verbReach && bs.sent[j] == d.Sentence; j++ {
		if j > k && strings.ContainsAny(bs.gap(j), ",;:()[]—–") {
			return false
		}
		if zuInfinitive(bs.toks[j]) || bs.toks[j].key == "zu" && j+1 < len(bs.toks) && !bs.toks[j+1].upper && isBlank(bs.gap(j+1)) {
			return true
		}
	}
	return false
}

// zuInfinitive: a German separable verb's infinitive, "zu" between its
// prefix and its stem ("vorzulegen", "stattzufinden", "abzuschließen").
func zuInfinitive(t token) bool {
	if t.upper || !strings.HasSuffix(t.key, "n") {
		return false
	}
	for p := range zuPrefixes {
		if rest, ok := strings.CutPrefix(t.key, p+"zu"); ok && utf8.RuneCountInString(rest) >= 3 {
			return true
		}
	}
	return false
}

// zuPrefixes are the prefixes of German separable verbs.
var zuPrefixes = dateGrammar["zu_prefixes"]

func hasAnySuffix(w string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
