import os


def convert_audio(src, dst, bitrate="192k"):
    args = ["ffmpeg", "-y", "-i", src, "-b:a", bitrate, dst]
    return os.system(" ".join(args))
