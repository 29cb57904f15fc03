#!/usr/bin/env python3
"""Trains the name tagger (an averaged perceptron: person / place / other) and writes its
weights into Sources/GlossCore/Analysis/Entities/Data/NameTagger+Weights.swift.

usage: python3 scripts/tagger/train.py [--corpus ../shared/corpus] [--epochs 10] [--check]

Training data: the tune part of gum-genres and gmb-dev (the split of scripts/eval-table.py:
sha256 of the document id starting with 0-7). The features are computed by GlossCore itself
(`Analyzer.nameTaggerExamples`, through the small package in scripts/tagger), so training and
the app see exactly the same numbers; this script only ever sees hashed feature indices,
mention offsets and gold labels, never the words. A name's label is the gold label its
mentions overlap most (person, place, or other when none).

Only features seen in at least --min-docs training documents keep a weight, so no rare word
(a name, say) is remembered by its hash. Deterministic: fixed seed, sorted inputs, no
third-party packages (see requirements.txt).
"""
import argparse
import base64
import collections
import hashlib
import json
import os
import random
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
split_of = __import__("eval-table").split_of  # noqa: E402

LABELS = ["person", "place", "other"]
BUCKETS = 1 << 15
SETS = [("gum-genres", "gold.jsonl"), ("gmb-dev", "gold_strict.jsonl")]
OUT = os.path.join(ROOT, "Sources", "GlossCore", "Analysis", "Entities", "Data", "NameTagger+Weights.swift")


def dump(paths):
    subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE], check=True, stdout=subprocess.DEVNULL)
    binpath = subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE, "--show-bin-path"],
                             check=True, capture_output=True, text=True).stdout.strip()
    res = subprocess.run([os.path.join(binpath, "tagger-features")], input="\n".join(paths) + "\n",
                         check=True, capture_output=True, text=True)
    return [json.loads(l) for l in res.stdout.splitlines() if l.strip()]


def gold_spans(path):
    spans = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r["label"] in ("person", "place"):
                    spans[r["doc"]].append((r["start"], r["end"], r["label"]))
    return spans


def label_of(example, gold):
    votes = collections.Counter()
    for s, e in example["mentions"]:
        best = None
        for gs, ge, lab in gold.get(example["doc"], ()):
            ov = min(e, ge) - max(s, gs)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, lab)
        votes[best[1] if best else "other"] += 1
    return LABELS.index(max(LABELS, key=lambda l: (votes[l], -LABELS.index(l))))


def rule_label(example):
    return {"person": 0, "place": 1}.get(example["rule"], 2)


RULES = {"person": 0, "place": 1, "organization": 2, "none": 3}


def scores_of(w, row):
    return [sum(w[c][f] for f in row["feats"]) for c in range(len(LABELS))]


def decide(scores, row, over, adopt):
    """The label the app gives a name (NameTagger.label in Swift, then EntityLinker.tag).
    `adopt` is (person margin, place margin) for names the rules dropped."""
    rule = RULES[row["rule"]]
    held = rule_label(row)
    if row["protected"]:
        return held
    best = max(range(len(LABELS)), key=lambda c: (scores[c], -c))
    if rule == 3:
        return best if best != 2 and scores[best] - scores[2] > adopt[best] else 2
    if best != held and scores[best] - scores[held] > over:
        return best
    return held


def mention_f1(rows, labels, gold):
    """Mean of person and place F1 over mentions (a mention is right when it overlaps a gold span
    of its label): close to the scorer's overlap F1, for choosing margins."""
    f1s = []
    docs = {r["doc"] for r in rows}
    for lab in (0, 1):
        name = LABELS[lab]
        pred = [(r["doc"], s, e) for r, l in zip(rows, labels) if l == lab for s, e in r["mentions"]]
        golds = [(d, gs, ge) for d in docs for gs, ge, gl in gold.get(d, ()) if gl == name]
        by_doc = collections.defaultdict(list)
        for d, gs, ge in golds:
            by_doc[d].append((gs, ge))
        tp = sum(1 for d, s, e in pred if any(min(e, ge) > max(s, gs) for gs, ge in by_doc[d]))
        pd = collections.defaultdict(list)
        for d, s, e in pred:
            pd[d].append((s, e))
        found = sum(1 for d, gs, ge in golds if any(min(e, ge) > max(s, gs) for s, e in pd[d]))
        p = tp / len(pred) if pred else 0.0
        r = found / len(golds) if golds else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f1s) / 2


def train(data, epochs, seed):
    w = [[0.0] * BUCKETS for _ in LABELS]
    total = [[0.0] * BUCKETS for _ in LABELS]
    stamp = [[0] * BUCKETS for _ in LABELS]
    t = 0
    rnd = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            feats, y = data[k]
            t += 1
            scores = [sum(w[c][f] for f in feats) for c in range(len(LABELS))]
            p = max(range(len(LABELS)), key=lambda c: (scores[c], -c))
            if p == y:
                continue
            for c, d in ((y, 1.0), (p, -1.0)):
                for f in feats:
                    total[c][f] += (t - stamp[c][f]) * w[c][f]
                    stamp[c][f] = t
                    w[c][f] += d
    for c in range(len(LABELS)):
        for f in range(BUCKETS):
            total[c][f] += (t - stamp[c][f]) * w[c][f]
            w[c][f] = total[c][f] / t
    return w


def predict(w, feats):
    scores = [sum(w[c][f] for f in feats) for c in range(len(LABELS))]
    return max(range(len(LABELS)), key=lambda c: (scores[c], -c))


def accuracy(rows, guess):
    return sum(1 for feats, y in rows if guess(feats) == y) / max(len(rows), 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-docs", type=int, default=10)
    ap.add_argument("--check", action="store_true", help="only report accuracy on the check split; write nothing")
    a = ap.parse_args()
    tune, check = [], []
    gold_all = {}
    docfreq = collections.Counter()
    for name, gold_file in SETS:
        folder = os.path.join(a.corpus, name)
        gold = gold_spans(os.path.join(folder, gold_file))
        gold_all.update(gold)
        paths = sorted(os.path.join(folder, "texts", f) for f in os.listdir(os.path.join(folder, "texts")) if f.endswith(".txt"))
        per_doc = collections.defaultdict(set)
        for ex in dump(paths):
            row = {"doc": ex["doc"], "feats": ex["features"], "y": label_of(ex, gold), "rule": ex["rule"],
                   "protected": ex["protected"], "mentions": ex["mentions"]}
            if split_of(name, ex["doc"]) == "tune":
                tune.append(row)
                per_doc[ex["doc"]].update(ex["features"])
            else:
                check.append(row)
        for feats in per_doc.values():
            docfreq.update(feats)
    keep = {f for f, n in docfreq.items() if n >= a.min_docs}
    for r in tune:
        r["feats"] = [f for f in r["feats"] if f in keep]
    print("names: %d tune, %d check; features kept: %d of %d" % (len(tune), len(check), len(keep), len(docfreq)), file=sys.stderr)

    # Margins by two-fold cross-validation inside the tune split (the check split is not looked at).
    def half(doc):
        return hashlib.sha256(doc.encode("utf-8")).hexdigest()[1] in "01234567"
    folds = [[r for r in tune if half(r["doc"])], [r for r in tune if not half(r["doc"])]]
    models = [train([(r["feats"], r["y"]) for r in folds[1 - k]], a.epochs, a.seed) for k in range(2)]
    grid = [0, 1, 2, 4, 8, 16, 32, 1e9]  # 1e9: never
    fold_scores = [[scores_of(models[k], r) for r in folds[k]] for k in range(2)]
    best = None
    # The tagger overrides a verdict of the rules only when clearly surer (a margin of 8 at least:
    # on names unlike any in the corpus, a smaller margin undid right verdicts of the rules).
    for over in [m for m in grid if m >= 8]:
        for ap in grid:
            for al in grid:
                f = sum(mention_f1(folds[k], [decide(sc, r, over, (ap, al)) for sc, r in zip(fold_scores[k], folds[k])], gold_all)
                        for k in range(2)) / 2
                if best is None or f > best[0] + 1e-9:
                    best = (f, over, (ap, al))
    rules_f = sum(mention_f1(folds[k], [rule_label(r) for r in folds[k]], gold_all) for k in range(2)) / 2
    _, over, adopt = best
    print("cross-validated mention F1: rules %.3f, tagger %.3f (override margin %g, adopt margins %g %g)" % (rules_f, best[0], over, *adopt), file=sys.stderr)
    w = train([(r["feats"], r["y"]) for r in tune], a.epochs, a.seed)
    print("check mention F1: rules %.3f, tagger %.3f" % (
        mention_f1(check, [rule_label(r) for r in check], gold_all),
        mention_f1(check, [decide(scores_of(w, r), r, over, adopt) for r in check], gold_all)), file=sys.stderr)
    if a.check:
        return
    top = max(abs(x) for row in w for x in row) or 1.0
    scale = 32767.0 / top
    raw = b"".join(struct.pack("<h", int(round(x * scale))) for row in w for x in row)
    text = base64.b64encode(raw).decode("ascii")
    lines = [text[i:i + 120] for i in range(0, len(text), 120)]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/tagger/train.py: do not edit. Hashed feature weights only (no words):\n")
        f.write("// %d labels x %d buckets, little-endian Int16, base64.\n" % (len(LABELS), BUCKETS))
        f.write("enum NameTaggerWeights {\n")
        f.write("    static let overrideMargin: Int32 = %d\n" % int(round(over * scale)))
        f.write("    static let adoptMargins: [Int32] = [%s]\n" % ", ".join(str(min(int(round(m * scale)), 1 << 30)) for m in adopt))
        f.write("    static let base64 = \"\"\"\n")
        f.write("\n".join(lines))
        f.write("\n\"\"\"\n}\n")
    print("wrote %s" % os.path.relpath(OUT, ROOT), file=sys.stderr)


if __name__ == "__main__":
    main()
