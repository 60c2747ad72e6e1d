import os


def save_attachment(root, filename, data):
    path = os.path.normpath(root + "/" + filename)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
