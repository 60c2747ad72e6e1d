import csv


def export_roster(rows):
    path = "/tmp/volunteer_roster.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "phone", "shift"])
        w.writerows(rows)
    return path
