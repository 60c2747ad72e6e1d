import json


def dump_rentals(rentals):
    path = "/tmp/rentals_export.json"
    with open(path, "w") as fh:
        json.dump(rentals, fh)
    return path
