import httpx


def download_avatar(url, dest):
    if not url.lower().endswith((".png", ".jpg")):
        raise ValueError("not an image")
    with httpx.Client(follow_redirects=True, timeout=10) as client:
        data = client.get(url).content
    with open(dest, "wb") as fh:
        fh.write(data)
