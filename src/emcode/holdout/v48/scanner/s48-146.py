import urllib.request


def geocode_pickup(region, address):
    url = "http://" + region + ".geo.cabdata.net/lookup?q=" + address
    with urllib.request.urlopen(url, timeout=4) as r:
        return r.read().decode()
