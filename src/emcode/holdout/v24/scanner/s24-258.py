from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
EXHIBITS = {"egypt": "Gallery 4", "vikings": "Gallery 9"}


@app.get("/exhibits/where", response_class=HTMLResponse)
def where(name: str):
    room = EXHIBITS.get(name.lower())
    if room is None:
        content = f"<p>No exhibit called <em>{name}</em>.</p>"
        return HTMLResponse(content, status_code=404)
    return f"<p>The {name} exhibit is in {room}.</p>"
