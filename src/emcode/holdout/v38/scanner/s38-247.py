import httpx


def push_reading(host, path, reading):
    url = "http://" + host + "/" + path.lstrip("/")
    resp = httpx.post(url, json=reading, timeout=3.0)
    return resp.status_code
