import urllib.request


def fetch_thumb(host: str, port: int, image_id: str) -> bytes:
    url = f"http://{host}:{port}/images/{image_id}/thumb"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read()
