package org.studydraft.clean;

import java.util.List;

/** What cleaning learnt about a document: its charset, whether it was HTML, its own address, removed chrome. */
public record CleanInfo(String charset, boolean html, String url, String htmlTitle, List<ChromeRules.Hit> chrome) {
}
