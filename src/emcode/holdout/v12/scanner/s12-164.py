import io
import os
import sys
import zipfile


def install_plugin(zip_bytes, dest="plugins"):
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out_path = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                dst.write(src.read())
    return dest


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        print("installed into", install_plugin(fh.read()))
