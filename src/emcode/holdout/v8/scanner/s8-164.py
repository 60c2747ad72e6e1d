import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()
BASE = os.path.realpath("/srv/app/reports")


@app.get("/report")
def get_report(filename: str):
    path = os.path.realpath(os.path.join(BASE, filename))
    if os.path.commonpath([path, BASE]) != BASE:
        raise HTTPException(status_code=404)
    with open(path, "rb") as fh:
        data = fh.re