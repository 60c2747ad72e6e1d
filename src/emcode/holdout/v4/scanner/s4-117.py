import re
import subprocess
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
BRANCH = re.compile(r"[A-Za-z0-9._/-]{1,100}")


class Deploy(BaseModel):
    branch: str


@app.post("/deploy")
def deploy(req: Deploy):
    if not BRANCH.fullmatch(req.branch) or req.branch.startswith("-") or ".." in req.branch:
        raise HTTPException(400, "bad branch")
    subprocess.run(["git", "-C", "/srv/site", "fetch"], check=True)
    subprocess.run(["git", "-C", "/srv/site", "checkout", req.branch], check=True)
    out = subprocess.run(["make", "-C", "/srv/site", "build"], capture_output=True, text=True)
    return {"log": out.stdout[-2000:]}
