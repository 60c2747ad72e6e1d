import subprocess
from fastapi import FastAPI

app = FastAPI()
REPO = "/srv/kiosk-firmware"


@app.post("/deploy/{branch}")
def deploy(branch: str):
    script = f"cd {REPO} && git fetch && git checkout {branch} && make install"
    proc = subprocess.run(script, shell=True, capture_output=True, text=True)
    return {"rc": proc.returncode, "log": proc.stdout[-2000:]}
