import requests


def download_label_image(image_url, dest):
    r = requests.get(image_url, timeout=10, allow_redirects=True)
    r.raise_for_status()
    with open(dest, "wb") as fh:
        fh.write(r.content)
