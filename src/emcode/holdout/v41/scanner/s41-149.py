import os


def read_bag_photo(photo_root, photo_name):
    root = os.path.realpath(photo_root)
    path = os.path.realpath(os.path.join(root, photo_name))
    if os.path.commonpath([root, path]) != root:
        raise PermissionError(photo_name)
    with open(path, "rb") as fh:
        return fh.read()
