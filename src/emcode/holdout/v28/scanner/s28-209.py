import os


def delete_export(export_root, name):
    path = os.path.normpath(export_root + "/" + name)
    if not path.startswith(export_root):
        raise ValueError("outside export root")
    os.remove(path)
