import subprocess


def convert_video(src: str, dst: str, bitrate: str = "1M"):
    return subprocess.run(["ffmpeg", "-nostdin", "-i", src, "-b:v", bitrate, dst], check=True)
