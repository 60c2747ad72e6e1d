import urllib.request


def download_avatar(url, dest):
    with urllib.request.urlopen(url, timeout=10) as resp, open(dest, "wb") as out:
        out.write(resp.read())
