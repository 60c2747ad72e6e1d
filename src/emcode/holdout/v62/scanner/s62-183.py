from pathlib import Path

SONG_ROOT = Path("/srv/karaoke/lyrics")


def lyrics_for(track_id):
    return (SONG_ROOT / f"{track_id}.txt").read_text()
