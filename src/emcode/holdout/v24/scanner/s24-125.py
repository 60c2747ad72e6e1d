import tarfile

def list_archive(archive: str) -> list[str]:
    with tarfile.open(archive, "r:*") as tar:
        return tar.getnames()
