import os
from fastapi import FastAPI

app = FastAPI()
ROOT = "/srv/files"

@app.get("/read")
def read(name: str):
    with open(os.path.join(ROOT, name)) as fh:
        data = fh.read()
    return {"size": len(data), "head": data[: