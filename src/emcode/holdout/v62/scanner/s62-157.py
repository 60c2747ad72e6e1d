from pathlib import Path

SONG_ROOT = Path("/srv/karaoke/lyrics")


def lyrics_for(track_id):
    if not str(track_id).isdigit():
        raise ValueError("track id must be numeric")
    return (SONG_ROOT / f"{int(track_id)}.txt").read_text()
