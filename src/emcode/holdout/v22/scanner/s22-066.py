from urllib.request import urlopen


def service_status(host, path="/health"):
    url = "http://%s%s" % (host, path)
    with urlopen(url, timeout=3) as resp:
        return resp.status, resp.read(200)
