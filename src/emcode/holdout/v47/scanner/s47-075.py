from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
REPORT_DIR = Path("/srv/water/reports")
REPORTS = {"daily": "daily.txt", "weekly": "weekly.txt", "leaks": "leak_alerts.txt"}


@app.get("/reports/{kind}", response_class=PlainTextResponse)
def get_report(kind: str):
    filename = REPORTS.get(kind)
    if filename is None:
        raise HTTPException(404)
    with open(REPORT_DIR / filename, encoding="utf-8") as fh:
        return fh.read()
