import subprocess
import sys


def convert_manifest(path):
    name = path.rsplit("/", 1)[-1]
    subprocess.run(f"xlsx2csv {path} /srv/manifests/{name}.csv