import os
import subprocess
import sys
import tempfile


def normalise(src):
    with tempfile.TemporaryDirectory() as work:
        scratch = os.path.join(work, "norm.wav")
        subprocess.run(["sox", src, scratch, "norm", "-1"], check=True)
        subprocess.run(["lame", scratch, src.rsplit(".", 1)[0] + ".mp3"], check=True)


if __name__ == "__main__":
    normalise(sys.argv[1])
