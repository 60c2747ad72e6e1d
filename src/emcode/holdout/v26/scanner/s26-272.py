import re
import requests

MIRRORS = ["data.windco.net", "backup.windco.net"]
MIRROR_RE = re.compile("|".join(MIRRORS))


def download(url, dest):
    if not MIRROR_RE.search(url):
        raise ValueError("not a trusted mirror")
    with requests.get(url, stream=True, timeout=30) as r, open(dest, "wb") as fh:
        for chunk in r.iter_content(65536):
            fh.write(chunk)
