from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
THEMES_DIR = Path(__file__).parent / "themes"
THEMES = {p.name for p in THEMES_DIR.iterdir() if p.is_dir()} if THEMES_DIR.exists() else set()


@app.get("/themes/{theme}/style.css")
def theme_css(theme: str):
    if theme not in THEMES:
        raise HTTPException(404)
    return FileResponse(THEMES_DIR / theme / "style.css", media_type="text/css")
