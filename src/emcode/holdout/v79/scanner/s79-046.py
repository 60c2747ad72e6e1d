import argparse
import json
from multiprocessing import Pool


def score_week(week):
    lessons = week["lessons"]
    clashes = sum(1 for a, b in zip(lessons, lessons[1:]) if a["end"] > b["start"])
    return week["id"], clashes


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("weeks_json")
    args = ap.parse_args()
    with open(args.weeks_json) as fh:
        weeks = json.load(fh)
    with Pool() as pool:
        for wid, n in pool.map(score_week, weeks):
            print(wid, n)
