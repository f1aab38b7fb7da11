#!/usr/bin/env python3
"""Sanity checks for the StudyDraft lexicons (run from anywhere: python3 check_lexicons.py).

Checks per file: header, 5 tab-separated columns on every entry line, non-empty canonical and
aliases, no duplicate canonical, no alias (after normalisation) in two entries, well-formed ids.
Across files: lists aliases shared by two files (allowed only when noted as truly both).
Normalisation mirrors the matcher: case-folded (except case_sensitive_aliases), Greek letters
spelled out (α alpha, β beta, γ gamma, κ kappa), hyphens/dashes, spaces and dots removed.
Exit status 1 on any error."""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'biomarker': 420, 'symptom': 90, 'intervention': 220, 'condition': 55, 'case_definition': 12}
HEADER = ['canonical', 'aliases', 'case_sensitive_aliases', 'id', 'note']
GREEK = {'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'κ': 'kappa'}
STRIP = re.compile(r"[\s.\-\u2010\u2011\u2012\u2013\u2014\u2212]")
ID_RE = re.compile(r"^(D\d{6}|D\d{9}|C\d{6,9})$")

def norm(s, fold=True):
    if fold:
        s = s.lower()
    for g, r in GREEK.items():
        s = s.replace(g, r).replace(g.upper(), r)
    return STRIP.sub('', s)

def main():
    errors = warnings = 0
    by_norm = defaultdict(set)          # norm alias -> {(file, canonical)}
    all_cs = []                         # (file, canonical, exact-case alias)
    counts = {}
    for name, minimum in FILES.items():
        path = os.path.join(HERE, name + '.tsv')
        if not os.path.exists(path):
            print(f'ERROR {name}.tsv missing'); errors += 1; continue
        lines = open(path, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        if lines[0].split('\t') != HEADER:
            print(f'ERROR {name}: bad header {lines[0]!r}'); errors += 1
        seen_ci, seen_cs, canon_seen, n = {}, {}, set(), 0
        for i, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith('#'):
                continue
            n += 1
            cols = line.split('\t')
            if len(cols) != 5:
                print(f'ERROR {name}:{i}: {len(cols)} columns'); errors += 1; continue
            canon, al, cs, mid, note = cols
            if not canon or canon != canon.strip():
                print(f'ERROR {name}:{i}: empty or padded canonical'); errors += 1
            if canon in canon_seen:
                print(f'ERROR {name}:{i}: duplicate canonical {canon!r}'); errors += 1
            canon_seen.add(canon)
            aliases = al.split('|') if al else []
            csal = cs.split('|') if cs else []
            if not aliases and not csal:
                print(f'ERROR {name}:{i}: no aliases'); errors += 1
            for a in aliases + csal:
                if not a or a != a.strip():
                    print(f'ERROR {name}:{i}: empty or padded alias in {canon!r}'); errors += 1
            if mid and not ID_RE.match(mid):
                print(f'ERROR {name}:{i}: malformed id {mid!r}'); errors += 1
            local = set()
            for a in aliases:
                k = norm(a)
                if k in local:
                    print(f'WARN  {name}:{i}: {a!r} repeats an alias of the same entry'); warnings += 1
                local.add(k)
                if k in seen_ci and seen_ci[k] != canon:
                    print(f'ERROR {name}:{i}: alias {a!r} also in entry {seen_ci[k]!r}'); errors += 1
                seen_ci[k] = canon
                by_norm[k].add((name, canon))
            for a in csal:
                k = norm(a, fold=False)
                if k in seen_cs and seen_cs[k] != canon:
                    print(f'ERROR {name}:{i}: case-sensitive alias {a!r} also in entry {seen_cs[k]!r}'); errors += 1
                seen_cs[k] = canon
                all_cs.append((name, canon, k))
            if name != 'case_definition' and norm(canon) not in local and norm(canon, False) not in {norm(c, False) for c in csal}:
                print(f'info  {name}:{i}: canonical {canon!r} is not itself matched (by design?)')
        # a case-sensitive alias whose lower-case form is a case-insensitive alias of another entry
        for k, c in seen_cs.items():
            if k.lower() in seen_ci and seen_ci[k.lower()] != c:
                print(f'ERROR {name}: case-sensitive {k!r} ({c}) collides with {seen_ci[k.lower()]!r}'); errors += 1
        counts[name] = n
        if n < minimum:
            print(f'ERROR {name}: {n} entries, expected at least {minimum}'); errors += 1
    for f, c, k in all_cs:
        for f2, c2 in by_norm.get(k.lower(), ()):
            if f2 != f:
                print(f'note  case-sensitive {k!r} ({f}: {c}) equals case-insensitive alias of {f2}: {c2!r}')
    shared = {k: v for k, v in by_norm.items() if len({f for f, _ in v}) > 1}
    for k, v in sorted(shared.items()):
        print('cross-file alias', k, '->', sorted(v))
    print('counts:', ', '.join(f'{k}={v}' for k, v in counts.items()))
    print(f'{errors} errors, {warnings} warnings, {len(shared)} aliases shared across files')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
