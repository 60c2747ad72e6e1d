import urllib.request


def fetch_station_json(host, path="status"):
    url = "http://" + host + "/" + path
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode()
