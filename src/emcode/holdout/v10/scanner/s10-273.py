import os


def template_path(root, name):
    cleaned = name.replace("../", "")
    return open(os.path.join(root, cleaned)).read()
