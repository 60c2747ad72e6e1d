from urllib.parse import quote

import requests

INDEX = "https://pypi.org"


def latest_version(project):
    r = requests.get(f"{INDEX}/pypi/{quote(project, safe='')}/json", timeout=10)
    r.raise_for_status()
    return r.json()["info"]["version"]
