import re
import sys

import requests

CDN = "https://cdn.communityradio.example/tracks/"


def download(track_id: str) -> bytes:
    if not re.fullmatch(r"[0-9a-f]{16}", track_id):
        raise ValueError("bad track id")
    r = requests.get(CDN + track_id + ".mp3", timeout=30)
    r.raise_for_status()
    return r.content


if __name__ == "__main__":
    with open(sys.argv[1] + ".mp3", "wb") as fh:
        fh.write(download(sys.argv[1]))
