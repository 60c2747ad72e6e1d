import os


def read_attachment(base_dir, rel_path):
    cleaned = rel_path.replace("../", "")
    full = os.path.join(base_dir, cleaned)
    with open(full, "rb") as f:
        return f.read()
