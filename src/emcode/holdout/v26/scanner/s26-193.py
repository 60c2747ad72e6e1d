import os
import shutil


def publish(build_dir, web_root, file_mode=0o777):
    dest = os.path.join(web_root, "festival")
    shutil.copytree(build_dir, dest, dirs_exist_ok=True)
    for root, dirs, files in os.walk(dest):
        for f in files:
            os.chmod(os.path.join(root, f), file_mode)


if __name__ == "__main__":
    import sys
    publish(sys.argv[1], "/var/www")
