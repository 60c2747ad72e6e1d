import subprocess
import sys


def convert_audio(src):
    dst = src.rsplit(".", 1)[0] + ".ogg"
    subprocess.call("ffmpeg -y -i " + src + " -c:a libvorbis " + dst, shell=True)
    return dst


if __name__ == "__main__":
    for f in sys.argv[1:]:
        out = convert_audio(f)
        print(f"converted {f} -> {o