import urllib.request


def download_avatar(avatar_url, dest):
    with urllib.request.urlopen(avatar_url, timeout=10) as r, open(dest, "wb") as out:
        out.write(r.read(2_000_000))
    return dest
