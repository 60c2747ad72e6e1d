import os

from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = os.path.realpath("/srv/reports")


@app.get("/reports/{name}")
def report(name: str):
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        raise HTTPException(status_code=404)
    with open(path) as fh:
        content = fh.read()
    return {"name": name, "lines": content.cou