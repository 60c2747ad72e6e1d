import json
import ssl
import sys
import urllib.request


def fetch_ticket(barcode):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    url = "https://gate.concertco.example/api/tickets/" + urllib.request.quote(barcode)
    with urllib.request.urlopen(url, context=ctx, timeout=5) as r:
        return json.load(r)


if __name__ == "__main__":
    print(fetch_ticket(sys.argv[1]))
