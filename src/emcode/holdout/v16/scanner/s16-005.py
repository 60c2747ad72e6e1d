import subprocess
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Job(BaseModel):
    source: str
    column: int
    sep: str = ","


@app.post("/jobs/extract")
def extract(job: Job):
    pipeline = f"cut -d'{job.sep}' -f{job.column} /data/incoming/{job.source} | sort | uniq -c"
    result = subprocess.run(pipeline, shell=True, capture_output=True, text=True)
    return {"counts": result.stdout.splitlines()[:100]}
