import json
import ssl
import urllib.parse
import urllib.request


def fetch_gate_log(day):
    ctx = ssl.create_default_context()
    url = "https://gates.ferryco.example/gates/log?day=" + urllib.parse.quote(day)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return json.load(r)
