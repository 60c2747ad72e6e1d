import argparse
import os
import re
import shutil

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ArtifactStore:
    def __init__(self, root, dir_mode=0o755):
        self.root = root
        self.dir_mode = dir_mode

    def put(self, project, version, wheel_path):
        if not (NAME_RE.match(project) and NAME_RE.match(version)):
            raise ValueError("bad project or version")
        target = os.path.join(self.root, project, version)
        os.makedirs(target, mode=self.dir_mode, exist_ok=True)
        shutil.copy2(wheel_path, target)
        return os.path.join(target, os.path.basename(wheel_path))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("project")
    ap.add_argument("version")
    ap.add_argument("wheel")
    a = ap.parse_args()
    print(ArtifactStore("/srv/packages").put(a.project, a.version, a.wheel))
