import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = os.path.realpath("/srv/docs")


@app.get("/docs/{name}", response_class=PlainTextResponse)
def read_doc(name: str):
    path = os.path.realpath(os.path.join(DOCS, name))
    if not path.startswith(DOCS + os.sep):
        raise HTTPException(404)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return f"{text}\n\n-- {len(text.split())} wo