import json


def export_user_data(user_id, data):
    path = "/tmp/export_%s.json" % user_id
    with open(path, "w") as fh:
        json.dump(data, fh)
    return path
