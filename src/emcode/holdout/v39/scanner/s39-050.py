from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
SHOWS = {"farm-talk": "Farm Talk", "night-owls": "Night Owls"}


@app.get("/shows/{slug}")
def show(slug: str):
    if slug not in SHOWS:
        msg = "<p>Sorry, we couldn't find <b>{}</b>.</p>".format(slug)
        return HTMLResponse(msg, status_code=404)
    return HTMLResponse(f"<h1>{SHOWS[slug]}</h1>")
