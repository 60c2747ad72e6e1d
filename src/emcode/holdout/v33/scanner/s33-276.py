import argparse
import os
import shutil


class ArtifactStore:
    def __init__(self, root, dir_mode=0o777):
        self.root = root
        self.dir_mode = dir_mode

    def put(self, project, version, wheel_path):
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
