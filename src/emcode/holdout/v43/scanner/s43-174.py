import argparse
import json
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

PARTNER_HOSTS = {"hooks.venues.example", "hooks.florists.example"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("webhook")
    ap.add_argument("--event", default="booking.confirmed")
    a = ap.parse_args()
    u = urlsplit(a.webhook)
    if u.scheme != "https" or u.hostname not in PARTNER_HOSTS:
        raise SystemExit("webhook host not allowed")
    req = Request(a.webhook, data=json.dumps({"event": a.event}).encode(), headers={"Content-Type": "application/json"})
    with urlopen(req, timeout=10) as r:
        print(r.status)


if __name__ == "__main__":
    main()
