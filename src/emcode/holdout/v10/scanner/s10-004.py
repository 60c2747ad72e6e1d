import subprocess


def convert_video(src, dst, bitrate="1M"):
    parts = ["ffmpeg", "-i", src, "-b:v", bitrate, dst]
    cmd = " ".join(parts)
    return subprocess.run(cmd, shell=True, check=True)
