import os


def save_attachment(folder, filename, data):
    dest = os.path.join(folder, filename)
    with open(dest, "wb") as fh:
        fh.write(data)
    return dest
