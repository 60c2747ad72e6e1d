import urllib.request


def fetch_metadata(url: str) -> bytes:
    """Download the document at url, a link a user submitted for indexing."""
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read(1_000_000)
