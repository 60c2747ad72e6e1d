import os
import zipfile


def unpack_photos(zip_path, dest):
    written = []
    with zipfile.ZipFile(zip_path) as z:
        for member in z.namelist():
            if member.endswith("/"):
                continue
            out = os.path.join(dest, member)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(z.read(member))
            written.append(out)
    return written
