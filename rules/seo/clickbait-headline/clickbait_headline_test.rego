package newslint.rules.seo.clickbait_headline_test

import data.newslint.rules.seo.clickbait_headline

span := {"offset": 0, "end_offset": 40, "line": 1, "column": 1, "end_line": 1, "end_column": 41}

test_teaser_headline if {
	findings := clickbait_headline.report with input as {"title": {"text": "Peace Push: 1 Move That Pleases Moscow", "span": span, "tags": [{"class": "clickbait", "text": "1 Move That"}]}}
	count(findings) == 1
	some f in findings
	f.span == span
	f.message == "teaser headline: \"1 Move That\""
}

test_plain_headline_is_silent if {
	findings := clickbait_headline.report with input as {"title": {"text": "Council approves harbour budget", "span": span, "tags": [{"class": "page-chrome", "text": "x"}]}}
	count(findings) == 0
}

test_no_headline_is_silent if {
	findings := clickbait_headline.report with input as {"title": null}
	count(findings) == 0
}
