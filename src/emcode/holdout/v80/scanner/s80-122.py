import json
import os
import tempfile


def save_schedule(path, schedule):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".schedule-")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(schedule, fh, indent=2)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    save_schedule("schedule.json", {"mon": ["Okafor"], "tue": ["Lindqvist"]})
