import os
from pathlib import Path


def publish(html, dest="/var/www/ferry/timetable.html", mode=0o644):
    tmp = Path(dest).with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.chmod(tmp, mode)
    os.replace(tmp, dest)


if __name__ == "__main__":
    import sys
    publish(sys.stdin.read())
