from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("/opt/cms/themes").resolve()


@app.get("/themes/{theme}/css/{filename}", response_class=PlainTextResponse)
def theme_css(theme: str, filename: str):
    css = (THEMES / theme / "css" / filename).resolve()
    if not css.is_relative_to(THEMES) or css.suffix != ".css":
        raise HTTPException(status_code=404)
    if not css.is_file():
        raise HTTPException(status_code=404)
    return css.read_text()
