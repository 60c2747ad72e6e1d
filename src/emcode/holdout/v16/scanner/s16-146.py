import re
from urllib.parse import quote
from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()


def header_filename(raw: str) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]", "_", raw)[:80]
    return name or "download"


@app.get("/reports/{report_id}/csv")
def report_csv(report_id: int, filename: str = "report.csv"):
    body = f"report,{report_id}\n"
    name = header_filename(filename)
    return Response(
        body,
        media_type="text/csv",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )
