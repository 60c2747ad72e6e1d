from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("/opt/recipes/themes")


@app.get("/themes/css", response_class=PlainTextResponse)
def theme_css(name: str):
    css_path = THEMES / name / "style.css"
    return css_path.read_text()
