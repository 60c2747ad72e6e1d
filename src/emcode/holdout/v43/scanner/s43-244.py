import csv
import io
import tempfile

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()
MEMBERS = [("Ana", "gold"), ("Ben", "silver"), ("Chen", "gold")]


@app.get("/members.csv")
def members_csv():
    spool = tempfile.SpooledTemporaryFile(max_size=1_000_000, mode="w+", newline="")
    w = csv.writer(spool)
    w.writerow(["name", "plan"])
    w.writerows(MEMBERS)
    spool.seek(0)
    return StreamingResponse(iter(spool.readlines()), media_type="text/csv")
