package document

import "testing"

// Grew is told of the budget's growth in steps of at least a megabyte and
// a sixteenth of what it reported last, so that a file charged a block at
// a time does not reset the run's memory limit at each.
func TestBudgetReportsItsGrowthInSteps(t *testing.T) {
	var told []int64
	b := &Budget{Limit: 1 << 40, Grew: func(used int64) { told = append(told, used) }}
	for range 100_000 {
		b.Charge(CostBlock)
	}
	b.Take(CostFact)
	if len(told) == 0 || len(told) > 100 {
		t.Fatalf("told %d times for %d bytes charged", len(told), b.Used)
	}
	for i := 1; i < len(told); i++ {
		if step := told[i] - told[i-1]; step < max(1<<20, told[i-1]/16) {
			t.Errorf("told at %d after %d: a step of %d", told[i], told[i-1], step)
		}
	}
	if last := told[len(told)-1]; b.Used-last >= max(1<<20, last/16) {
		t.Errorf("last told %d, used %d", last, b.Used)
	}
}
