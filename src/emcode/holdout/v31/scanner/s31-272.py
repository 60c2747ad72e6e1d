from pathlib import Path

_REPORTS = {
    "monthly": "monthly_sales.csv",
    "venue": "venue_capacity.csv",
    "refunds": "refunds.csv",
}
_DIR = Path("/srv/boxoffice/reports")


def read_report(kind):
    name = _REPORTS.get(kind)
    if name is None:
        raise KeyError(kind)
    with open(_DIR / name, encoding="utf-8") as fh:
        return fh.read()
