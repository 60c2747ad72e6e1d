from subprocess import check_output as run_cmd
from fastapi import FastAPI, Request

app = FastAPI()
REPO = "/srv/ci/checkout"


@app.post("/webhook/push")
async def on_push(req: Request):
    event = await req.json()
    branch = event["ref"].split("/")[-1]
    cmd = f"cd {REPO} && git fetch origin && git checkout {branch} && make test"
    log = run_cmd(cmd, shell=True, text=True)
    return {"branch": branch, "tail": log[-500:]}
