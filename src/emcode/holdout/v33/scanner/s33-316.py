import requests


def make_wholesaler_session(token, ca_bundle=True):
    s = requests.Session()
    s.headers["Authorization"] = f"Token {token}"
    s.verify = ca_bundle
    return s
