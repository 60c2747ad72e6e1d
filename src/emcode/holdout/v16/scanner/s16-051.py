from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("themes")


@app.get("/themes/{theme}/css", response_class=PlainTextResponse)
def theme_css(theme: str):
    css_file = THEMES / theme / "style.css"
    try:
        return css_file.read_text()
    except FileNotFoundError:
        raise HTTPException(404)


@app.get("/themes/raw")
def raw(path: str):
    with open(THEMES / path) as fh:
        return PlainTextResponse(fh.read())
