import os


def transcode(src, dst, bitrate="128k"):
    cmd = " ".join(["ffmpeg", "-y", "-i", src, "-b:a", bitrate, dst])
    return os.system(cmd)
