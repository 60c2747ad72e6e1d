import requests


def supplier_session(token):
    s = requests.Session()
    s.headers["Authorization"] = f"Token {token}"
    return s
