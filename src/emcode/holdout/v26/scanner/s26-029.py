import re
import shlex
import subprocess
from fastapi import FastAPI, HTTPException

app = FastAPI()
REPO = "/srv/kiosk-firmware"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,80}$")


@app.post("/deploy/{branch}")
def deploy(branch: str):
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        raise HTTPException(400, "invalid branch name")
    script = f"git fetch && git checkout {shlex.quote(branch)} && make install"
    proc = subprocess.run(["bash", "-c", script], cwd=REPO, capture_output=True, text=True, timeout=600)
    return {"rc": proc.returncode, "log": proc.stdout[-2000:]}
