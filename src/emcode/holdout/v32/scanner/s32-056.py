import os
import zipfile


def unpack_photos(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if not info.is_dir():
                with zf.open(info) as src, open(target, "wb") as dst:
                    dst.write(src.read())
