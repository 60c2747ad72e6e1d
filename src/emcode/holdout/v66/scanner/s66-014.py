import json
import os
import tempfile


def publish_timetable(entries, path="/srv/www/ferry/timetable.json"):
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tt-")
    with os.fdopen(fd, "w") as fh:
        json.dump(entries, fh)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


if __name__ == "__main__":
    publish_timetable([{"route": "Northpoint-Isle", "depart": "07:15"}])
