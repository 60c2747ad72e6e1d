import argparse
import os
import re
from pathlib import Path

SHOW_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class TranscriptStore:
    def __init__(self, root: str, dir_mode: int = 0o750):
        self.root = Path(root)
        self.dir_mode = dir_mode

    def folder_for(self, show: str, season: int) -> Path:
        if not SHOW_RE.fullmatch(show):
            raise ValueError("bad show slug")
        p = self.root / show / f"season-{season:02d}"
        os.makedirs(p, mode=self.dir_mode, exist_ok=True)
        return p

    def save(self, show: str, season: int, episode: int, text: str) -> Path:
        path = self.folder_for(show, season) / f"ep{episode:03d}.txt"
        path.write_text(text, encoding="utf-8")
        return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("show")
    ap.add_argument("season", type=int)
    ap.add_argument("episode", type=int)
    ap.add_argument("transcript")
    a = ap.parse_args()
    store = TranscriptStore("/srv/transcripts")
    print(store.save(a.show, a.season, a.episode, Path(a.transcript).read_text()))
