from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/var/reports/claims")
KNOWN = {"daily": "daily.csv", "weekly": "weekly.csv", "fraud": "fraud_flags.csv"}


@app.get("/reports/{kind}")
def report(kind: str):
    filename = KNOWN.get(kind)
    if filename is None:
        raise HTTPException(status_code=404, detail="no such report")
    return FileResponse(REPORTS / filename, media_type="text/csv", filename=filename)
