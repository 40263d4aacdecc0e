// Command loadtest measures a running `newslint serve`: it posts one
// article from a fixed number of concurrent clients, for a bounded number
// of requests and a bounded time, and prints throughput and latency
// percentiles. It only targets loopback addresses.
//
//	go run ./internal/tools/loadtest -url http://127.0.0.1:8080 -c 4 -n 20000 -duration 60s
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var (
		target   = flag.String("url", "http://127.0.0.1:8080", "base URL of newslint serve (loopback only)")
		article  = flag.String("article", "internal/tools/loadtest/testdata/valley-line.md", "article to post; its extension gives the format")
		clients  = flag.Int("c", 4, "concurrent clients")
		total    = flag.Int("n", 10000, "requests to send (the measured ones)")
		warmup   = flag.Int("warmup", 200, "requests sent first and not measured")
		duration = flag.Duration("duration", 60*time.Second, "stop after this long, whatever -n says")
		pid      = flag.Int("pid", 0, "the server's process id, to report the CPU time it spent per request (Linux)")
	)
	flag.Parse()
	if err := run(*target, *article, *clients, *total, *warmup, *duration, *pid); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(target, article string, clients, total, warmup int, limit time.Duration, pid int) error {
	if clients < 1 || total < 1 || warmup < 0 || limit <= 0 {
		return errors.New("-c and -n must be at least 1, -warmup at least 0, -duration positive")
	}
	u, err := url.Parse(target)
	if err != nil {
		return err
	}
	if err := loopbackOnly(u.Hostname()); err != nil {
		return err
	}
	content, err := os.ReadFile(article)
	if err != nil {
		return err
	}
	format := strings.TrimPrefix(filepath.Ext(article), ".")
	body, _ := json.Marshal(map[string]string{"content": string(content), "format": format, "path": filepath.Base(article)})
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}}
	endpoint := strings.TrimSuffix(target, "/") + "/v1/lint"

	post := func() (time.Duration, error) {
		start := time.Now()
		resp, err := client.Post(endpoint, "application/json", bytes.NewReader(body))
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("status %d", resp.StatusCode)
		}
		return time.Since(start), err
	}

	for i := 0; i < warmup; i++ {
		if _, err := post(); err != nil {
			return fmt.Errorf("warm-up request: %w", err)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var next atomic.Int64
	var failures atomic.Int64
	var firstErr atomic.Value
	latencies := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	cpuBefore, cpuErr := cpuTime(pid)
	begin := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for ctx.Err() == nil && next.Add(1) <= int64(total) {
				d, err := post()
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				latencies[c] = append(latencies[c], d)
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(begin)
	cpuAfter, _ := cpuTime(pid)

	var all []time.Duration
	for _, l := range latencies {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	fmt.Printf("article      %s (%d bytes)\n", article, len(content))
	fmt.Printf("clients      %d, GOMAXPROCS of this client %d\n", clients, runtime.GOMAXPROCS(0))
	fmt.Printf("requests     %d ok, %d failed, in %.2fs", len(all), failures.Load(), elapsed.Seconds())
	if ctx.Err() != nil {
		fmt.Printf(" (stopped by -duration)")
	}
	fmt.Println()
	if e := firstErr.Load(); e != nil {
		fmt.Printf("first error  %s\n", e)
	}
	if len(all) == 0 {
		return errors.New("no request succeeded")
	}
	fmt.Printf("throughput   %.0f requests/s\n", float64(len(all))/elapsed.Seconds())
	fmt.Printf("latency      p50 %s  p90 %s  p99 %s  max %s\n", pct(all, 50), pct(all, 90), pct(all, 99), all[len(all)-1].Round(time.Microsecond))
	if pid > 0 && cpuErr == nil {
		perReq := (cpuAfter - cpuBefore) / time.Duration(len(all)+int(failures.Load()))
		fmt.Printf("server CPU   %s per request (user+system), so %.0f requests/s per fully used core\n", perReq.Round(10*time.Microsecond), float64(time.Second)/float64(perReq))
	}
	if failures.Load() > 0 {
		return fmt.Errorf("%d requests failed", failures.Load())
	}
	return nil
}

// pct is the nearest-rank percentile of sorted durations.
func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p+99)/100 - 1
	return sorted[min(max(i, 0), len(sorted)-1)].Round(time.Microsecond)
}

// cpuTime reads the user and system CPU time of a process from
// /proc/PID/stat (in clock ticks of 1/100 s on Linux).
func cpuTime(pid int) (time.Duration, error) {
	if pid <= 0 {
		return 0, errors.New("no pid")
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name, in parentheses, may hold spaces: count fields
	// after its closing parenthesis. utime and stime are fields 14 and 15.
	rest := string(data[strings.LastIndexByte(string(data), ')')+1:])
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: unexpected format", pid)
	}
	var utime, stime int64
	fmt.Sscan(f[11], &utime)
	fmt.Sscan(f[12], &stime)
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
}

// loopbackOnly refuses targets that are not this machine: a load test
// must not leave it.
func loopbackOnly(host string) error {
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("target %q is not a loopback address (127.0.0.0/8, ::1 or localhost)", host)
	}
	return nil
}
