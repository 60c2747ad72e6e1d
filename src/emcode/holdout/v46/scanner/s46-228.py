from datetime import datetime

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/rink/reserve", response_class=HTMLResponse)
def reserve(slot: str, team: str):
    try:
        when = datetime.strptime(slot, "%Y-%m-%dT%H:%M")
    except ValueError:
        msg = """<div class="err">Could not understand the time <em>{}</em> for team {}.</div>""".format(slot, team)
        return HTMLResponse(msg, status_code=400)
    return HTMLResponse(f"<p>Reserved {when:%a %d %b %H:%M}</p>")
