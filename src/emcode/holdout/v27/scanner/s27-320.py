import requests


def avatar_bytes(user_domain: str, user: str) -> bytes:
    url = "https://{}/avatars/{}.png".format(user_domain, user)
    return requests.get(url, timeout=4).content
