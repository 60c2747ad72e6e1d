from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("/opt/blog/themes")


@app.get("/themes/{theme}/{asset:path}")
def theme_asset(theme: str, asset: str):
    location = THEMES / theme / asset
    with open(location, "r", encoding="utf-8") as fh:
        return PlainTextResponse(fh.read())
