import os
import shutil
import zipfile


def extract_firmware_bundle(zip_path, dest):
    dest_root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out_path = os.path.realpath(os.path.join(dest_root, info.filename))
            if os.path.commonpath([dest_root, out_path]) != dest_root:
                raise ValueError(f"bad entry in {zip_path}: {info.filename}")
            if info.is_dir():
                os.makedirs(out_path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                shutil.copyfileobj(src, dst)
