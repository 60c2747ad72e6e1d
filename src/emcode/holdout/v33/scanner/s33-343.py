import http.client


def camera_snapshot(host, port=80, path="/snapshot.jpg"):
    conn = http.client.HTTPConnection(host, port, timeout=4)
    conn.request("GET", path)
    return conn.getresponse().read()
