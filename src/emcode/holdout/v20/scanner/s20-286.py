import os
import shutil

TEMPLATES = "/opt/app/templates"


def instantiate(template_name, dest_dir):
    src = TEMPLATES + "/" + template_name
    shutil.copy(src, dest_dir)
    return os.path.join(dest_dir, os.path.basename(src))
