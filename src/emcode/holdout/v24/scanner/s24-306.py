from urllib.request import urlopen

def cache_avatar(avatar_url, dest):
    with urlopen(avatar_url, timeout=10) as r, open(dest, "wb") as out:
        out.write(r.read())
