import os
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Req(BaseModel):
    branch: str

@app.post("/log")
def git_log(req: Req):
    stream = os.popen("git log --oneline -n 20 " + req.branch)
    return {"log": stream.read().splitlines()}
