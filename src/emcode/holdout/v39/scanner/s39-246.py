import os


def audio_duration(path):
    out = os.popen(f"ffprobe -v error -show_entries format=duration -of csv=p=0 '{path}'").read()
    return float(out.strip())
