import os
from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()
BASE = "/srv/app/reports"


@app.get("/report")
def get_report(filename: str):
    path = os.path.join(BASE, filename)
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(content=data, media_type="application/p