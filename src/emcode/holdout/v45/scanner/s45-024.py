from urllib.request import urlopen


def fetch_plot_photo(photo_url, max_bytes=5_000_000):
    with urlopen(photo_url, timeout=10) as resp:
        data = resp.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("photo too large")
    return data
