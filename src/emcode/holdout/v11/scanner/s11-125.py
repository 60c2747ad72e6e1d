import os
import tarfile


def safe_extract(archive_path: str, dest: str) -> list[str]:
    root = os.path.realpath(dest)
    done = []
    with tarfile.open(archive_path) as tar:
        for m in tar.getmembers():
            target = os.path.realpath(os.path.join(root, m.name))
            if not target.startswith(root + os.sep):
                raise ValueError(f"blocked path {m.name!r}")
            if m.issym() or m.islnk() or m.isdev():
                continue
            tar.extract(m, root, set_attrs=False)
            done.append(target)
    return done
