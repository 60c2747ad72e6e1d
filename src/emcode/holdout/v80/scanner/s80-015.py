import http.client


def post_reading(host_header_value, body):
    conn = http.client.HTTPSConnection("ingest.tides.example.org", timeout=10)
    conn.putrequest("POST", "/v1/readings")
    conn.putheader("X-Station", host_header_value)
    conn.putheader("Content-Length", str(len(body)))
    conn.endheaders()
    conn.send(body)
    return conn.getresponse().status
