import json
import ssl
import urllib.request


def fetch_inventory():
    ctx = ssl.create_default_context(cafile="/etc/pawn/ca.pem")
    ctx.load_cert_chain("/etc/pawn/client.crt", "/etc/pawn/client.key")
    req = urllib.request.Request("https://hq.pawnchain.example/api/inventory", headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=15) as r:
        return json.load(r)


if __name__ == "__main__":
    for item in fetch_inventory():
        print(item["sku"], item["title"])
