import os
import zipfile


def import_firmware_bundle(zip_path, target_dir):
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            dest = os.path.join(target_dir, name)
            os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
            if not name.endswith("/"):
                with open(dest, "wb") as out:
                    out.write(zf.read(name))
