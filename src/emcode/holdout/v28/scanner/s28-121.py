from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

CATALOGUE = {"nina simone": ["Feeling Good", "Sinnerman"]}


@app.get("/artist", response_class=HTMLResponse)
async def artist_page(name: str = ""):
    songs = CATALOGUE.get(name.lower(), [])
    listing = "".join(f"<li>{escape(s)}</li>" for s in songs) or "<li>No songs yet</li>"
    content = f"<html><body><h1>{escape(name)}</h1><ul>{listing}</ul></body></html>"
    return HTMLResponse(content=content)
