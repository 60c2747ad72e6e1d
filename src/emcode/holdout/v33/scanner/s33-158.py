import subprocess


def transcode(src, dst, bitrate="64k"):
    cmd = f"ffmpeg -y -i '{src}' -b:a {bitrate} '{dst}'"
    return subprocess.call(["bash", "-c", cmd])
