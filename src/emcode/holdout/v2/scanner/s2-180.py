import subprocess


def archive_dir(directory: str, dest: str) -> None:
    """Create dest (.tar.gz) from directory."""
    subprocess.check_call("tar -czf " + dest + " -C " + directory + " .", shell=True)
