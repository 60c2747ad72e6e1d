from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/episodes/embed", response_class=HTMLResponse)
async def embed_player(episode: str, theme: str = "light"):
    markup = (
        f'<div class="player {theme}">'
        f'<audio controls src="/media/{episode}.mp3"></audio>'
        f"<p>Now playing: {episode}</p></div>"
    )
    return HTMLResponse(content=markup)
