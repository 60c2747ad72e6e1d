import json
import os
import tempfile

import requests


def download_manifest(url_token):
    tmp = tempfile.mktemp(suffix=".json")
    r = requests.get("https://edi.shipco.example/manifests", params={"t": url_token}, timeout=30)
    with open(tmp, "wb") as fh:
        fh.write(r.content)
    with open(tmp) as fh:
        data = json.load(fh)
    os.remove(tmp)
    return data
