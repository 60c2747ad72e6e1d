import os

from fastapi import FastAPI

app = FastAPI()
BASE = "/srv/reports"


@app.get("/reports/{name}")
def report(name: str):
    path = os.path.join(BASE, name)
    with open(path) as fh:
        content = fh.read()
    return {"name": name, "lines": content.count("\n"), "preview": content[: