import urllib.request


def fetch_avatar(host: str, user_id: int) -> bytes:
    url = "http://" + host + "/avatars/" + str(user_id) + ".png"
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read()
