from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
READINGS = {"kitchen": 21.5, "garage": 12.0}


@app.get("/rooms", response_class=HTMLResponse)
def rooms(highlight: str = ""):
    items = "".join(f"<li>{room}: {temp:.1f}</li>" for room, temp in READINGS.items())
    body = f"""<h1>Temperatures</h1>
<p>Highlighted: {highlight}</p>
<ul>{items}</ul>"""
    return HTMLResponse(content=body)
