import shutil
import sys
from datetime import date
from pathlib import Path


def archive_week(show_dir: str) -> str:
    src = Path(show_dir).resolve()
    name = f"{src.name}-{date.today():%Y-%W}"
    return shutil.make_archive(str(src.parent / name), "zip", root_dir=src)


if __name__ == "__main__":
    print(archive_week(sys.argv[1]))
