from subprocess import call as run_cmd
from pathlib import Path

def thumbnail(src: Path, size: int = 128) -> Path:
    if not src.is_file():
        raise FileNotFoundError(src)
    out = src.with_name(src.stem + "_thumb.png")
    run_cmd(["convert", str(src), "-resize", f"{int(size)}x{int(size)}", str(out)])
    return out
