import csv


def export_csv(user, rows):
    path = "/tmp/export_%s.csv" % user
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(r)
    return path
