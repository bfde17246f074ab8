#!/usr/bin/env python3
"""Generates a realistic content folder of N ketamine articles for the claim-lint benchmark.

Each article has front matter and 8-14 paragraphs of 3-6 sentences, mostly careful, cited text with
some clinic-marketing claims mixed in (about one sentence in twelve), like real drafts under review.
The same banned phrases are written to prh.yml so textlint + textlint-rule-prh checks the same things.
Deterministic: the same seed gives the same corpus.
"""
import argparse
import json
import os
import random

CAREFUL = [
    "Ketamine is an anesthetic that doctors have used since 1970, and its use for depression is off-label.",
    "In a small trial, depression scores fell within three days of one infusion [@berman2000].",
    "In rats, ketamine led to new connections between brain cells in the prefrontal cortex [@li2010].",
    "Esketamine is a nasal spray given only in certified clinics, where you stay for two hours after each dose.",
    "Common effects during a session include feeling detached, nausea, dizziness and a rise in blood pressure.",
    "These effects usually wear off within a couple of hours, and someone else should drive you home.",
    "Ketamine can be misused, and some people come to depend on it, so it is prescribed with limits.",
    "Your prescriber sets your dose and checks how you are doing before each session.",
    "Talk to your doctor before you stop or change any medicine you already take.",
    "Researchers are still studying how long the benefit lasts and who is most likely to respond.",
    "The benefit of a single dose often fades after a week or two.",
    "Many treatment plans combine ketamine with talk therapy and regular check-ins.",
    "Tell your care team about any heart problems, high blood pressure or past drug use.",
    "Glutamate is a chemical messenger that helps brain cells pass signals to each other.",
    "Scientists think ketamine works differently from most antidepressants, which act on serotonin.",
    "About 4 in 10 people with hard-to-treat depression responded in real-world studies [@alnefeesi2022].",
    "Keep your medicine locked away and never share it with anyone else.",
    "Do not drink alcohol or take sleeping pills on the day of a session unless your prescriber agrees.",
    "If something feels wrong during a session, tell the nurse or doctor in the room.",
    "Sessions usually take place in a quiet room with a clinician nearby.",
]

CLAIMS = [
    "Ketamine cures depression for most of our patients.",
    "Our program offers guaranteed results in four weeks.",
    "Low-dose ketamine has no side effects at all.",
    "Our lozenges are 100% safe to take at home.",
    "Unlike opioids, ketamine is non-addictive.",
    "No prescription needed to get started today.",
    "The more you take, the more your brain can change.",
    "Ketamine is FDA-approved for depression and anxiety.",
    "Many clients call it a miracle.",
    "Ketamine treatment is completely safe.",
    "Our protocol is risk-free for every patient.",
    "We treat the root cause of depression, not just the symptoms.",
    "Ketamine is a safe and effective treatment for depression.",
    "Our method is clinically proven to work.",
    "You will feel instant relief after the first session.",
    "Ketamine works for everyone who tries it.",
    "Our protocol works without hallucinations or dissociation.",
    "It sits in the same risk category as testosterone.",
    "Ketamine heals the brain after years of stress.",
    "It is more effective than antidepressants for severe depression.",
]

# The banned phrases textlint-rule-prh checks: one per claim above, as case-insensitive patterns.
BANNED = [
    ("cures? depression", "may ease depression for some people"),
    ("guaranteed results", "results vary"),
    ("no side effects", "has side effects"),
    ("100% safe", "has risks"),
    ("non-addictive", "can be misused"),
    ("no prescription needed", "needs a prescription"),
    ("the more you take", "take only what is prescribed"),
    ("FDA-approved for depression", "used off-label for depression"),
    ("miracle", "treatment option"),
    ("completely safe", "has risks"),
    ("risk-free", "has risks"),
    ("root cause", "one possible mechanism"),
    ("safe and effective", "studied"),
    ("clinically proven", "studied in trials"),
    ("instant relief", "relief for some people"),
    ("works for everyone", "helps some people"),
    ("without hallucinations", "with fewer perceptual effects"),
    ("same risk category as testosterone", "a Schedule III controlled substance"),
    ("heals the brain", "may change brain connections"),
    ("more effective than antidepressants", "different from antidepressants"),
]

SITE = """name: Benchmark Clinic
base-url: https://bench.example
disclaimer: This site is for general education only. It is not medical advice.
crisis: If you are thinking about suicide, call or text 988. In an emergency, call 911.
"""

REFERENCES = """- key: berman2000
  authors: Berman RM, Cappiello A, Anand A, et al.
  title: Antidepressant effects of ketamine in depressed patients
  journal: Biological Psychiatry
  year: 2000
  doi: 10.1016/S0006-3223(99)00230-9
  pmid: "10686270"
  kind: trial
  summary: A small placebo-controlled trial.
- key: li2010
  authors: Li N, Lee B, Liu RJ, et al.
  title: mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists
  journal: Science
  year: 2010
  doi: 10.1126/science.1190287
  pmid: "20724638"
  kind: animal study
  summary: In rats, ketamine led to new synapses.
- key: alnefeesi2022
  authors: Alnefeesi Y, Chen-Li D, Krane E, et al.
  title: Real-world effectiveness of ketamine in treatment-resistant depression
  journal: Journal of Psychiatric Research
  year: 2022
  doi: 10.1016/j.jpsychires.2022.04.037
  pmid: "35688035"
  kind: meta-analysis
  summary: About 45% responded across 79 studies.
"""


def article(rng: random.Random, number: int, claim_rate: float = 1 / 12) -> str:
    lines = [
        "---",
        f"title: Ketamine and depression, part {number}",
        "summary: A plain guide to what ketamine does, its risks and what the research shows.",
        "author: Benchmark writing team",
        "reviewer: Medical Director, MD",
        "reviewed: 2026-11-01",
        "---",
        "",
        f"# Ketamine and depression, part {number}",
        "",
    ]
    for paragraph in range(rng.randint(8, 14)):
        if paragraph % 4 == 3:
            lines += [f"## Section {paragraph // 4 + 1}", ""]
        sentences = []
        for _ in range(rng.randint(3, 6)):
            pool = CLAIMS if rng.random() < claim_rate else CAREFUL
            sentences.append(rng.choice(pool))
        if rng.random() < 0.2:
            lines += [f"- {s}" for s in sentences] + [""]
        else:
            lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def prh_yaml() -> str:
    out = ["version: 1", "rules:"]
    for pattern, expected in BANNED:
        out.append(f"  - expected: {json.dumps(expected)}")
        out.append(f"    patterns: [{json.dumps('/' + pattern + '/i')}]")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", default="out/corpus")
    parser.add_argument("--seed", type=int, default=20261121)
    # 0 gives clean articles that pass the linter: the serve and export benchmarks need a publishable site.
    parser.add_argument("--claim-rate", type=float, default=1 / 12)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    content = os.path.join(args.out, "content")
    articles = os.path.join(content, "articles")
    os.makedirs(articles, exist_ok=True)
    for name in os.listdir(articles):
        os.remove(os.path.join(articles, name))
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE)
    with open(os.path.join(content, "references.yaml"), "w", encoding="utf-8") as f:
        f.write(REFERENCES)
    for n in range(1, args.count + 1):
        with open(os.path.join(articles, f"article-{n:04d}.md"), "w", encoding="utf-8") as f:
            f.write(article(rng, n, args.claim_rate))
    with open(os.path.join(args.out, "prh.yml"), "w", encoding="utf-8") as f:
        f.write(prh_yaml())
    with open(os.path.join(args.out, ".textlintrc.json"), "w", encoding="utf-8") as f:
        json.dump({"rules": {"prh": {"rulePaths": [os.path.abspath(os.path.join(args.out, "prh.yml"))]}}}, f, indent=2)
    print(f"wrote {args.count} articles to {articles}")


if __name__ == "__main__":
    main()
