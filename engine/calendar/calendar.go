// Package calendar reads calendar days strictly: the one parser behind
// --date, the configuration's date, the server's date and `kb who`, so that
// an impossible day (2025-02-30, 2025-06-31, 0000-01-01) is refused where it
// is written instead of quietly switching the date checks off.
package calendar

import (
	"fmt"
	"strconv"
	"time"
)

// Layout is the one form a day is written in: YYYY-MM-DD.
const Layout = "2006-01-02"

// MinYear is the first year accepted: the first whole year of the Gregorian
// calendar, which the days are counted in. There is no year 0000.
const MinYear = 1583

// ParseDay reads a day written YYYY-MM-DD. The error says what is wrong in
// words a user can act on ("February 2025 has 28 days").
func ParseDay(s string) (time.Time, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s[:4]) || !digits(s[5:7]) || !digits(s[8:]) {
		return time.Time{}, fmt.Errorf("%q is not a date written YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	if err := Check(y, m, d); err != nil {
		return time.Time{}, fmt.Errorf("%q is not a calendar date: %v", s, err)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// Check tells whether year y, month m, day d is a day of the calendar, and
// if not, why.
func Check(y, m, d int) error {
	switch {
	case y < MinYear || y > 9999:
		return fmt.Errorf("year %04d is outside %d–9999", y, MinYear)
	case m < 1 || m > 12:
		return fmt.Errorf("there is no month %d", m)
	case d < 1:
		return fmt.Errorf("there is no day %d", d)
	}
	if n := DaysIn(y, m); d > n {
		return fmt.Errorf("%s %d has %d days", time.Month(m), y, n)
	}
	return nil
}

// DaysIn is the number of days of month m of year y.
func DaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
