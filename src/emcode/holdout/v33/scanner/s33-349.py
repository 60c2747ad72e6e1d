import os
import sys

import requests

UPLOAD_URL = "https://upload.pkgindex.example/legacy/"


def upload(dist_path, token):
    with open(dist_path, "rb") as fh:
        r = requests.post(UPLOAD_URL, auth=("__token__", token),
                          files={"content": fh}, data={":action": "file_upload"}, timeout=120)
    r.raise_for_status()
    print("uploaded", dist_path)


if __name__ == "__main__":
    tok = os.environ.get("PKGINDEX_TOKEN")
    if not tok:
        sys.exit("set PKGINDEX_TOKEN")
    for p in sys.argv[1:]:
        upload(p, tok)
