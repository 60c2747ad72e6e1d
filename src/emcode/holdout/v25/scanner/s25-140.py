import subprocess
import sys


def convert(src, dst, quality=85):
    cmd = [
        "magick",
        src,
        "-quality",
        str(int(quality)),
        "-strip",
        dst,
    ]
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        convert(path, path.rsplit(".", 1)[0] + ".webp", qual