import tarfile


def archive_dir(directory: str, dest: str) -> None:
    """Create dest (.tar.gz) from directory."""
    with tarfile.open(dest, "w:gz") as tar:
        tar.add(directory, arcname=".")
