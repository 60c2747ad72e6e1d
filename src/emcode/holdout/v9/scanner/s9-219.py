import subprocess


def make_thumbnail(src: str, dst: str, width: int = 128) -> None:
    subprocess.run(["convert", "--", src, "-resize", f"{int(width)}x", dst], check=True, timeout=60)
