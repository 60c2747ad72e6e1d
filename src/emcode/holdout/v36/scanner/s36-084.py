import zipfile


def unpack_mod(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)
        return zf.namelist()
