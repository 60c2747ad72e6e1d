import subprocess


def make_archive(src_dir: str, out_name: str) -> str:
    """Create out_name.tar.gz from src_dir and return its path."""
    subprocess.run(f"tar czf {out_name}.tar.gz {src_dir}", shell=True, check=True)
    return out_name + ".tar.gz"
