from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
THEMES = Path("/opt/recipes/themes")
INSTALLED = {p.name for p in THEMES.iterdir() if p.is_dir()} if THEMES.exists() else set()


@app.get("/themes/css", response_class=PlainTextResponse)
def theme_css(name: str):
    if name not in INSTALLED:
        raise HTTPException(status_code=404, detail="no such theme")
    return (THEMES / name / "style.css").read_text()
