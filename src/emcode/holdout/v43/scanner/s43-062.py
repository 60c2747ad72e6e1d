import zipfile


def unpack_photos(zip_path, dest):
    with zipfile.ZipFile(zip_path) as z:
        names = [n for n in z.namelist() if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        z.extractall(dest, members=names)
    return names
