import zipfile


def unpack_scores(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(dest)
        return zf.namelist()
