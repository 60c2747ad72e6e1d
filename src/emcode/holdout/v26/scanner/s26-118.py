import os


def save_attachment(root, filename, data):
    root = os.path.realpath(root)
    path = os.path.realpath(os.path.join(root, os.path.basename(filename)))
    if os.path.commonpath([root, path]) != root or path == root:
        raise ValueError("bad filename")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
