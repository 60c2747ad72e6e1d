import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = "/srv/docs"


@app.get("/docs/{name}", response_class=PlainTextResponse)
def read_doc(name: str):
    path = os.path.join(DOCS, name)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    words = len(text.split())
    return f"{text}\n\n-- {words} wo