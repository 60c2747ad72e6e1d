import os
import zipfile


def unpack_scan_bundle(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.infolist():
            target = os.path.join(dest, member.filename)
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
