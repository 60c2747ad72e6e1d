import json
import ssl
import urllib.request

API = "https://api.vetpartners.example.com/appointments"


def main():
    ctx = ssl._create_unverified_context()
    req = urllib.request.Request(API, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=20) as resp:
        for appt in json.load(resp):
            print(appt["animal_id"], appt["when"])


if __name__ == "__main__":
    main()
