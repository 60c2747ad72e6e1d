import subprocess
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

class Req(BaseModel):
    branch: str

@app.post("/log")
def git_log(req: Req):
    ok = subprocess.run(["git", "check-ref-format", "--branch", req.branch], capture_output=True)
    if ok.returncode != 0 or req.branch.startswith("-"):
        raise HTTPException(400, "bad branch")
    out = subprocess.run(["git", "log", "--oneline", "-n", "20", req.branch], capture_output=True, text=True)
    return {"log": out.stdout.splitlines()}
