import urllib.request


def query_service(host: str, path: str = "/status") -> str:
    """Ask an internal service for its status."""
    with urllib.request.urlopen("http://" + host + path, timeout=5) as resp:
        return resp.read().decode()
