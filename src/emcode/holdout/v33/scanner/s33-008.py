import zipfile


def unpack_course(zip_path, dest, max_total=200 * 1024 * 1024):
    with zipfile.ZipFile(zip_path) as zf:
        total = sum(i.file_size for i in zf.infolist())
        if total > max_total:
            raise ValueError("archive too large when extracted")
        zf.extractall(dest)
