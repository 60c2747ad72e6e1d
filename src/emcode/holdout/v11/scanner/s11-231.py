from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("/opt/cms/themes")


@app.get("/themes/{theme}/css/{filename}", response_class=PlainTextResponse)
def theme_css(theme: str, filename: str):
    css = THEMES / theme / "css" / filename
    return css.read_text()
