import httpx


def fetch_exhibit_image(image_url):
    with httpx.Client(follow_redirects=True, timeout=10) as client:
        r = client.get(image_url)
        r.raise_for_status()
        return r.content
