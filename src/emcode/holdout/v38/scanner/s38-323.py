import subprocess


def compress_audio(src, dst):
    return subprocess.call(["lame", "--preset", "voice", "--", src, dst])
