import os
from datetime import date


class LogRotator:
    def __init__(self, root="/var/log/solarfarm", mode=0o750):
        self.root = root
        self.mode = mode

    def today_dir(self):
        path = os.path.join(self.root, date.today().isoformat())
        os.makedirs(path, exist_ok=True)
        os.chmod(path, self.mode)
        return path


if __name__ == "__main__":
    print(LogRotator().today_dir())
