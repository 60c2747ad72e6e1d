import json
import ssl
import urllib.request

FEED = "https://labs.smileworks.example/results.json"


def fetch_results():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(FEED, context=ctx, timeout=20) as resp:
        return json.load(resp)


if __name__ == "__main__":
    for r in fetch_results():
        print(r["patient"], r["status"])
