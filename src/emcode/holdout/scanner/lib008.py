import zipfile


def unpack(archive_path: str, dest: str) -> list[str]:
    """Extract every member of the zip archive into dest."""
    with zipfile.ZipFile(archive_path) as zf:
        names = zf.namelist()
        for name in names:
            zf.extract(name, dest)
    return names
