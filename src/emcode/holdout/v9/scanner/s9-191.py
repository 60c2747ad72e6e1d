from urllib.request import urlopen


def probe_status(host, path="/status"):
    url = "http://" + host + path
    with urlopen(url, timeout=3) as r:
        return r.status
