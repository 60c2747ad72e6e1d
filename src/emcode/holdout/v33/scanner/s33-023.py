import requests


def latest_version(index_base, project):
    r = requests.get(index_base.rstrip("/") + "/pypi/" + project + "/json", timeout=10)
    r.raise_for_status()
    return r.json()["info"]["version"]
