import os
import zipfile


def unpack(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            out_path = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            if not member.is_dir():
                with open(out_path, "wb") as fh:
                    fh.write(zf.read(member))
