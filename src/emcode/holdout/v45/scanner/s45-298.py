import os
import zipfile


def unpack_firmware(zip_path, dest):
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            if not name.endswith(".bin"):
                continue
            out = os.path.join(dest, name)
            os.makedirs(os.path.dirname(out) or dest, exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(zf.read(name))
            written.append(out)
    return written
