import json
import ssl
import sys
import urllib.parse
import urllib.request

API = "https://api.openfda.example.gov/drug/label.json"


def label_for(ndc):
    ctx = ssl.create_default_context()
    q = urllib.parse.urlencode({"search": f"openfda.product_ndc:{ndc}", "limit": 1})
    with urllib.request.urlopen(f"{API}?{q}", context=ctx, timeout=10) as resp:
        return json.load(resp)["results"][0]


if __name__ == "__main__":
    print(label_for(sys.argv[1]).get("indications_and_usage", ["?"])[0][:300])
