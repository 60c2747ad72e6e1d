from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/var/reports/claims")


@app.get("/reports/{name}")
def report(name: str):
    return FileResponse(REPORTS / name)
