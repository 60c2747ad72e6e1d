import subprocess
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
DOCS = Path("/srv/docs").resolve()


@app.get("/wordcount/{name}")
def wordcount(name: str):
    target = (DOCS / name).resolve()
    if not target.is_relative_to(DOCS) or not target.is_file():
        raise HTTPException(status_code=404)
    proc = subprocess.run(["wc", "-w", "--", str(target)], capture_output=True, text=True, check=True)
    return {"words": int(proc.stdout.split()[0])}
