import os


def template_source(template_dir, template_name):
    path = os.path.normpath(os.path.join(template_dir, template_name))
    with open(path) as fh:
        return fh.read()
