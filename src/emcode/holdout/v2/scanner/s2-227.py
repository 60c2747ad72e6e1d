import zipfile


def unpack(archive: str, dest: str) -> list[str]:
    """Extract archive into dest; return the member names."""
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)
        return zf.namelist()
