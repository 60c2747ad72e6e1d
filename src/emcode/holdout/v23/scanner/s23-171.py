import urllib.request


def fetch_device_status(host, path="/status"):
    url = "http://" + host + path
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode()
