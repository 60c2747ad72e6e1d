import json


def cache_schedule(student_id, schedule):
    path = f"/tmp/schedule-{student_id}.json"
    with open(path, "w") as fh:
        json.dump(schedule, fh)
    return path
