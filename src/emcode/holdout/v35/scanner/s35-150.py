import http.client
import json


def provider_status(host, port, order_ref):
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    conn.request("GET", f"/status/{order_ref}")
    resp = conn.getresponse()
    return json.loads(resp.read())
