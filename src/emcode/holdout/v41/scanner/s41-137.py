from urllib.request import urlopen


def download_cover(url, dest_path, limit=5_000_000):
    with urlopen(url, timeout=10) as resp, open(dest_path, "wb") as out:
        out.write(resp.read(limit))
