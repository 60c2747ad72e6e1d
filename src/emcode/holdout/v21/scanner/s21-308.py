import os
import zipfile


def install_theme(archive_path, themes_dir):
    base = os.path.realpath(themes_dir)
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            target = os.path.realpath(os.path.join(base, member.filename))
            if not target.startswith(base + os.sep):
                raise ValueError(f"unsafe path in archive: {member.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                dst.write(src.read())
    return sorted(os.listdir(base))
