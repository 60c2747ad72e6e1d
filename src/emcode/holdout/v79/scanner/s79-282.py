import zipfile


def unpack(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ValueError(f"corrupt member {bad}")
        zf.extractall(dest)
        return zf.namelist()
