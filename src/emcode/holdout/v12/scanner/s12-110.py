import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = os.path.realpath("/srv/docs")


@app.get("/docs/raw", response_class=PlainTextResponse)
def raw_doc(name: str):
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, path]) != BASE:
        raise HTTPException(status_code=404, detail="not fou