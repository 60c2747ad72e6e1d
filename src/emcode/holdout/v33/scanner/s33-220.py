import sys

import requests

UPLOAD_URL = "https://upload.pkgindex.example/legacy/"
API_TOKEN = "pkgi-AgEIcHlwaS5vcmcCJDk3ZTVmNjQ4LWE0YjEtNDIx"


def upload(dist_path):
    with open(dist_path, "rb") as fh:
        r = requests.post(UPLOAD_URL, auth=("__token__", API_TOKEN),
                          files={"content": fh}, data={":action": "file_upload"}, timeout=120)
    r.raise_for_status()
    print("uploaded", dist_path)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        upload(p)
