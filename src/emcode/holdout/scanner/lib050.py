import os
import tempfile


def sort_large_file(path: str) -> str:
    """Sort lines of a file and return the path of the sorted copy."""
    fd, tmp = tempfile.mkstemp(prefix="sorted-")
    with open(path) as src, os.fdopen(fd, "w") as dst:
        dst.writelines(sorted(src))
    os.replace(tmp, path + ".sorted")
    return path + ".sorted"
