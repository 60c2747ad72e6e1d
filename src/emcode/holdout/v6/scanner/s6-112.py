from urllib.request import urlopen

def download_image(image_url: str) -> bytes:
    with urlopen(image_url, timeout=10) as r:
        return r.read()
