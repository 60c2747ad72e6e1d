import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
EXHIBITS = {"egypt": "Gallery 4", "vikings": "Gallery 9"}


@app.get("/exhibits/where", response_class=HTMLResponse)
def where(name: str):
    room = EXHIBITS.get(name.lower())
    shown = html.escape(name)
    if room is None:
        return HTMLResponse(f"<p>No exhibit called <em>{shown}</em>.</p>", status_code=404)
    return f"<p>The {shown} exhibit is in {room}.</p>"
