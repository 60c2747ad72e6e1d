import httpx


def fetch_cover(isbn, provider="covers.openlibrary.org"):
    url = f"https://{provider}/b/isbn/{isbn}-M.jpg"
    r = httpx.get(url, timeout=8.0, follow_redirects=True)
    r.raise_for_status()
    return r.content
