import urllib.request

def get_status(host, port=8080):
    url = f"http://{host}:{port}/status"
    with urllib.request.urlopen(url, timeout=3) as r:
        return r.read().decode()
