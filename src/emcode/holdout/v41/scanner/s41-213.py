import zipfile


def unpack_ebook(zip_path, dest, max_total=200 * 1024 * 1024):
    with zipfile.ZipFile(zip_path) as zf:
        if sum(i.file_size for i in zf.infolist()) > max_total:
            raise ValueError("archive too large")
        zf.extractall(dest)
