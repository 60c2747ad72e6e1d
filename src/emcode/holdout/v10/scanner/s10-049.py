import urllib.request

AVATAR_HOSTS = {"avatars.example.com", "static.example.com"}


def fetch_avatar(host: str, user_id: int) -> bytes:
    if host not in AVATAR_HOSTS:
        raise ValueError("unknown avatar host")
    url = f"https://{host}/avatars/{int(user_id)}.png"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read()
