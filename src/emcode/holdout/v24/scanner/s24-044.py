import os
import zipfile

def unzip_plans(zip_path: str, dest: str) -> list[str]:
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(zf.read(info))
            written.append(out)
    return written
