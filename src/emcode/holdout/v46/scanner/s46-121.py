import subprocess
import sys
import tempfile
from pathlib import Path


def make_preview(video: Path, out: Path):
    with tempfile.TemporaryDirectory(prefix="signclip-") as tmp:
        frames = Path(tmp) / "frame_%03d.png"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(video), "-vf", "fps=1", str(frames)], check=True)
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-framerate", "4", "-i", str(frames), str(out)], check=True)


if __name__ == "__main__":
    make_preview(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
