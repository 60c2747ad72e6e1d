import json
import subprocess


def audio_duration(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", "--", path],
        capture_output=True, text=True, check=True, timeout=30,
    ).stdout
    return float(json.loads(out)["format"]["duration"])
