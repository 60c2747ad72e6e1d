import urllib.request


def ping_depot(host, port=8080):
    url = f"http://{host}:{port}/health"
    with urllib.request.urlopen(url, timeout=3) as r:
        return r.status == 200
