import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
READINGS = {"kitchen": 21.5, "garage": 12.0}


@app.get("/rooms", response_class=HTMLResponse)
def rooms(highlight: str = ""):
    items = []
    for room, temp in READINGS.items():
        cls = "hl" if room == highlight else ""
        items.append(f'<li class="{cls}">{html.escape(room)}: {temp:.1f} &deg;C</li>')
    heading = html.escape(highlight) if highlight else "all rooms"
    body = f"""<h1>Temperatures ({heading})</h1>
<ul>
{''.join(items)}
</ul>"""
    return HTMLResponse(body)
