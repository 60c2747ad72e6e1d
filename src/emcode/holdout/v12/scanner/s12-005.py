import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = "/srv/docs"


@app.get("/docs/raw", response_class=PlainTextResponse)
def raw_doc(name: str):
    path = os.path.join(BASE, name)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return text.replace("\r\n", "\n"