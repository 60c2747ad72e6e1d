import os


def delete_export(export_root, name):
    if os.path.basename(name) != name or name in ("", ".", ".."):
        raise ValueError("invalid export name")
    os.remove(os.path.join(export_root, name))
