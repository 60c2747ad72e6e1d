import os
import re
import shlex
import subprocess


def transcode(src, dst, bitrate="64k"):
    if not re.fullmatch(r"\d{2,3}k", bitrate):
        raise ValueError("bitrate like 64k")
    cmd = "ffmpeg -nostdin -y -i {} -b:a {} {}".format(
        shlex.quote(os.path.abspath(src)), bitrate, shlex.quote(os.path.abspath(dst)))
    return subprocess.call(cmd, shell=True)
