import os
from fastapi import FastAPI, HTTPException

app = FastAPI()
ROOT = os.path.realpath("/srv/files")

@app.get("/read")
def read(name: str):
    path = os.path.realpath(os.path.join(ROOT, name))
    if not path.startswith(ROOT + os.sep):
        raise HTTPException(400)
    with open(path) as fh:
        return {"head": fh.read(200