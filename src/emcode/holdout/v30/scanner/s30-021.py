import html
from typing import Literal

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/episodes/embed", response_class=HTMLResponse)
async def embed_player(
    episode: str = Query(..., pattern=r"^[a-z0-9-]{1,64}$"),
    theme: Literal["light", "dark"] = "light",
):
    ep = html.escape(episode, quote=True)
    markup = (
        f'<div class="player {theme}">'
        f'<audio controls src="/media/{ep}.mp3"></audio>'
        f"<p>Now playing: {ep}</p></div>"
    )
    return HTMLResponse(content=markup)
