import os
import shutil

def publish(build_dir, target="/var/www/html/app"):
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(build_dir, target)
    for root, dirs, files in os.walk(target):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o777)
    print("published to", tar