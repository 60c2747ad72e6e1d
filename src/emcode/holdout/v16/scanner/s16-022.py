import shlex
import subprocess


def transcode(src: str, dst: str, bitrate: str = "128k") -> int:
    if not bitrate.rstrip("k").isdigit():
        raise ValueError("bitrate like 128k")
    cmd = "ffmpeg -y -i {} -b:a {} {}".format(shlex.quote(src), shlex.quote(bitrate), shlex.quote(dst))
    return subprocess.run(cmd, shell=True).returncode
