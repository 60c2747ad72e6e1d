import os
import shutil
import subprocess
import sys
import tempfile


def mix(vocals, backing, out_path):
    with tempfile.TemporaryDirectory(prefix="mix-") as work:
        tmp_out = os.path.join(work, "mixed.wav")
        subprocess.run(["sox", "-m", vocals, backing, tmp_out], check=True)
        shutil.move(tmp_out, out_path)


if __name__ == "__main__":
    mix(sys.argv[1], sys.argv[2], sys.argv[3])
