import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = os.path.realpath("themes")


def resolve_under(root: str, rel: str) -> str:
    full = os.path.realpath(os.path.join(root, rel))
    if os.path.commonpath([root, full]) != root:
        raise HTTPException(404)
    return full


@app.get("/themes/raw", response_class=PlainTextResponse)
def raw(path: str):
    full = resolve_under(THEMES, path)
    try:
        with open(full, encoding="utf-8") as fh:
            return fh.read()
    except (FileNotFoundError, IsADirectoryError):
        raise HTTPException(404)
