import re
import subprocess
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
REPO_DIR = "/srv/review-bot/repo"
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.post("/webhook")
async def on_push(req: Request):
    event = await req.json()
    branch = str(event.get("ref", "")).removeprefix("refs/heads/")
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-") or ".." in branch:
        raise HTTPException(400, "unsupported branch name")
    subprocess.run(["git", "-C", REPO_DIR, "fetch", "origin", "--", branch], check=True, timeout=60)
    diff = subprocess.run(["git", "-C", REPO_DIR, "diff", "--stat", f"main...origin/{branch}"],
                          capture_output=True, text=True, timeout=60)
    return {"branch": branch, "stat": diff.stdout}
