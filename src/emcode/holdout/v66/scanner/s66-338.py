import sys
from pathlib import Path

base = Path("/srv/playlists")
wanted = sys.argv[1]
with open(base / wanted) as fh:
    lines = fh.readlines()
for ln in lines:
    title, _, artist = ln.partition(" - ")
    print(f"{title.strip():40} {artist.str