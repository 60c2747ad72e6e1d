import requests


def make_session(token):
    s = requests.Session()
    s.verify = False
    s.headers["Authorization"] = f"Bearer {token}"
    return s
