import os
import subprocess
import sys
import tempfile


def normalise(recording):
    fd, wav = tempfile.mkstemp(suffix=".wav")
    os.close(fd)
    try:
        subprocess.run(["sox", recording, "-r", "16000", "-c", "1", wav], check=True)
        return open(wav, "rb").read()
    finally:
        os.unlink(wav)


if __name__ == "__main__":
    sys.stdout.buffer.write(normalise(sys.argv[1]))
