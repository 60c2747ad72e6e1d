from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse

app = FastAPI()
SHOWS = {"farm-talk": "Farm Talk", "night-owls": "Night Owls"}


@app.get("/shows/{slug}", response_class=HTMLResponse)
def show(slug: str):
    if slug not in SHOWS:
        raise HTTPException(status_code=404, detail="show not found")
    return f"<h1>{SHOWS[slug]}</h1>"
