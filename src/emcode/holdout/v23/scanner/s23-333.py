import subprocess
import tempfile
from pathlib import Path


def make_preview(video: Path, out_png: Path, second: int = 5) -> Path:
    with tempfile.TemporaryDirectory(prefix="preview-") as tmp:
        frame = Path(tmp) / "frame.png"
        subprocess.run(["ffmpeg", "-y", "-ss", str(int(second)), "-i", str(video), "-frames:v", "1", str(frame)],
                       check=True, capture_output=True)
        subprocess.run(["convert", str(frame), "-resize", "320x", str(out_png)], check=True)
    return out_png
