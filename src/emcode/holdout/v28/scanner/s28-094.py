import httpx


def download_cover(url, dest_path):
    with httpx.Client(follow_redirects=True, timeout=15) as client:
        resp = client.get(url)
        resp.raise_for_status()
    with open(dest_path, "wb") as fh:
        fh.write(resp.content)
    return len(resp.content)
