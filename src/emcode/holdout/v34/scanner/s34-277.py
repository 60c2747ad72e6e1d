import os


def save_attachment(folder, filename, data):
    name = os.path.basename(filename.replace("\\", "/"))
    if not name or name.startswith("."):
        raise ValueError("invalid attachment name")
    dest = os.path.join(folder, name)
    with open(dest, "wb") as fh:
        fh.write(data)
    return dest
