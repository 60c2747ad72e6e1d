import re
import subprocess
from fastapi import FastAPI, HTTPException

app = FastAPI()
REF = re.compile(r"[A-Za-z0-9._/-]{1,100}")

@app.get("/log")
def log(ref: str):
    if not REF.fullmatch(ref) or ref.startswith("-"):
        raise HTTPException(400, "bad ref")
    out = subprocess.run(["git", "log", "--oneline", "-n", "10", ref, "--"],
                         capture_output=True, text=True, timeout=10)
    return {"log": out.stdout.splitlines()}
