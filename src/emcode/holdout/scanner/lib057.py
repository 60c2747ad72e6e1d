import os
import tempfile


def sort_large_file(path: str) -> str:
    """Sort lines of a file and return the path of the sorted copy."""
    out = tempfile.mktemp(prefix="sorted-")
    with open(path) as src, open(out, "w") as dst:
        dst.writelines(sorted(src))
    os.replace(out, path + ".sorted")
    return path + ".sorted"
