import json
import ssl
import urllib.request

FEED = "https://labs.petpath.example/results/latest.json"


def fetch_results():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(FEED, context=ctx, timeout=15) as resp:
        return json.load(resp)


if __name__ == "__main__":
    for r in fetch_results():
        print(r["patient_id"], r["test"], r["value"])
