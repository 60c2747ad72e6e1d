import os, zipfile

def safe_extract(archive, dest):
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            out = os.path.realpath(os.path.join(dest, member.filename))
            if not out.startswith(dest + os.sep):
                raise ValueError(f"blocked member {member.filename}")
        zf.extractall(dest)
