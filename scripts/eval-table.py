#!/usr/bin/env python3
"""Scores one set's predictions against its gold, split into the tune and
check parts, and prints table rows (overlap P/R/F1 per label).

usage: eval-table.py NAME GOLD PRED --labels a,b [--split tune|check|all]
                     [--score-args "..."] [--header]

The split of a document is fixed by its id alone (see `split_of`), so it
never depends on the order of files or on a random state:
  - polnear-train: all tune; polnear-dev: all check;
  - gum-genres, gmb-dev: tune when the first hex digit of sha256(doc id) is
    0-7, check otherwise (about half each).
The shipped articles are neither: they are reported as `shipped`.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HALVED = {"gum-genres", "gmb-dev"}


def split_of(set_name, doc):
    if set_name == "polnear-train":
        return "tune"
    if set_name == "polnear-dev":
        return "check"
    if set_name in HALVED:
        return "tune" if hashlib.sha256(doc.encode("utf-8")).hexdigest()[0] in "01234567" else "check"
    return "shipped"


def filtered(path, keep, out):
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            if line.strip() and keep(json.loads(line)["doc"]):
                o.write(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--split", default="all")
    ap.add_argument("--score-args", default="")
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "score.py"))
    ap.add_argument("--header", action="store_true")
    a = ap.parse_args()
    if a.header:
        print("%-22s %-13s %5s %5s | %5s %5s %5s" % ("set", "label", "gold", "pred", "P", "R", "F1"))
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = a.gold, a.pred
        if a.split != "all":
            keep = lambda d: split_of(a.name, d) == a.split
            gold, pred = os.path.join(tmp, "g.jsonl"), os.path.join(tmp, "p.jsonl")
            filtered(a.gold, keep, gold)
            filtered(a.pred, keep, pred)
        cmd = [sys.executable, a.scorer, gold, pred, "--labels", a.labels, "--json"] + a.score_args.split()
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    name = a.name if a.split == "all" else "%s/%s" % (a.name, a.split)
    for lab, r in res.items():
        if lab == "micro":
            continue
        p, rc, f = r["overlap"]
        print("%-22s %-13s %5d %5d | %5.1f %5.1f %5.1f" % (name, lab, r["gold"], r["pred"], 100 * p, 100 * rc, 100 * f))


if __name__ == "__main__":
    main()
