import os
import zipfile


def unpack_bundle(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            if not info.is_dir():
                with open(out, "wb") as fh:
                    fh.write(zf.read(info))
