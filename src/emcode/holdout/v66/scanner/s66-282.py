import subprocess


def audio_duration(path):
    out = subprocess.check_output(
        f"ffprobe -v error -show_entries format=duration -of csv=p=0 {path}", shell=True
    )
    return float(out)
