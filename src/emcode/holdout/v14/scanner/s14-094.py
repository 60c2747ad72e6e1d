import os
import zipfile


def safe_extract(archive: str, dest: str) -> list[str]:
    dest_real = os.path.realpath(dest)
    written = []
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(dest_real, member.filename))
            if not target.startswith(dest_real + os.sep):
                raise ValueError(f"blocked entry {member.filename!r}")
            zf.extract(member, dest_real)
            written.append(target)
    return written
