import re
import subprocess

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
REPO_DIR = "/srv/ci/checkout"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


@app.post("/hooks/push")
async def on_push(request: Request):
    event = await request.json()
    branch = str(event.get("ref", "")).removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-") or ".." in branch:
        raise HTTPException(400, "bad branch")
    subprocess.run(["git", "fetch", "origin"], cwd=REPO_DIR, check=True)
    subprocess.run(["git", "checkout", branch, "--"], cwd=REPO_DIR, check=True)
    result = subprocess.run(["make", "test"], cwd=REPO_DIR, capture_output=True, text=True)
    return {"branch": branch, "exit": result.returncode}
