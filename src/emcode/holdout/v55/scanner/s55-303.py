from urllib.parse import urlencode

API_BASE = "https://api.tournaments.example/v1/search"


def fetch(session, **params):
    return session.get(API_BASE + "?" + urlencode(params), timeout=5)
