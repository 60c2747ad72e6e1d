import os


def read_bag_photo(photo_root, photo_name):
    with open(os.path.join(photo_root, photo_name), "rb") as fh:
        return fh.read()
