import os
import zipfile


def extract_bundle(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if not info.is_dir():
                with open(target, "wb") as out:
                    out.write(zf.read(info))
