from pathlib import Path

REPORTS = {
    "weekly": Path("/srv/clinic/reports/weekly.csv"),
    "overdue": Path("/srv/clinic/reports/overdue.csv"),
}


def report_bytes(kind):
    path = REPORTS.get(kind)
    if path is None:
        raise KeyError(kind)
    return path.read_bytes()
