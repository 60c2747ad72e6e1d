import requests


def make_wholesaler_session(token):
    s = requests.Session()
    s.headers["Authorization"] = f"Token {token}"
    s.verify = False
    return s
