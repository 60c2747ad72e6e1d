import subprocess


def make_archive(src_dir: str, out_name: str) -> str:
    """Create out_name.tar.gz from src_dir and return its path."""
    archive = out_name + ".tar.gz"
    subprocess.run(["tar", "czf", archive, "--", src_dir], check=True)
    return archive
