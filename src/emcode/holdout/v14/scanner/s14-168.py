import subprocess


def convert_audio(src: str, dst: str, bitrate: str = "192k") -> int:
    return subprocess.run(["ffmpeg", "-y", "-i", src, "-b:a", bitrate, dst], check=False).returncode
