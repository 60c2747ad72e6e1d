import argparse
import datetime as dt
import json
import urllib.parse
import urllib.request

API = "https://api.ferrystatus.example.com/v2/sailings"


def fetch(route, day):
    q = urllib.parse.urlencode({"route": route, "date": day.isoformat()})
    with urllib.request.urlopen(f"{API}?{q}", timeout=10) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser(description="Show today's sailings and their status")
    ap.add_argument("route")
    ap.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    a = ap.parse_args()
    for s in fetch(a.route, a.date)["sailings"]:
        print(f"{s['depart']}  {s['vessel']:<14} {s['status']}")


if __name__ == "__main__":
    main()
