import subprocess
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Deploy(BaseModel):
    branch: str


@app.post("/deploy")
def deploy(req: Deploy):
    script = "cd /srv/site && git fetch && git checkout {} && make build".format(req.branch)
    out = subprocess.check_output(script, shell=True, text=True)
    return {"log": out[-2000:]}
