import csv
from collections import Counter
from pathlib import Path
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
INCOMING = Path("/data/incoming").resolve()


class Job(BaseModel):
    source: str
    column: int
    sep: str = ","


@app.post("/jobs/extract")
def extract(job: Job):
    path = (INCOMING / job.source).resolve()
    if path.parent != INCOMING or not path.is_file() or len(job.sep) != 1:
        raise HTTPException(400, "bad job")
    counts = Counter()
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=job.sep):
            if len(row) >= job.column > 0:
                counts[row[job.column - 1]] += 1
    return {"counts": counts.most_common(100)}
