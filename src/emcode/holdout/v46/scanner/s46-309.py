import requests


def download_avatar(avatar_url, dest):
    r = requests.get(avatar_url, timeout=10, stream=True)
    r.raise_for_status()
    with open(dest, "wb") as fh:
        for chunk in r.iter_content(8192):
            fh.write(chunk)
