import subprocess
from fastapi import FastAPI, Request

app = FastAPI()
REPO_DIR = "/srv/review-bot/repo"


@app.post("/webhook")
async def on_push(req: Request):
    event = await req.json()
    branch = event["ref"].removeprefix("refs/heads/")
    diff = subprocess.run(
        f"git -C {REPO_DIR} fetch origin {branch} && git -C {REPO_DIR} diff main...origin/{branch} --stat",
        shell=True, capture_output=True, text=True,
    )
    return {"branch": branch, "stat": diff.stdout}
