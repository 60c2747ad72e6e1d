import urllib.request


def device_health(host, port=8080):
    url = "http://%s:%d/health" % (host, port)
    with urllib.request.urlopen(url, timeout=3) as r:
        return r.read().decode()
