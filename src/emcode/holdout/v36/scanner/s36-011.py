from datetime import datetime, timezone

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
TIDES = [("03:12", 0.4), ("09:31", 4.1), ("15:40", 0.6), ("21:55", 4.0)]


@app.get("/tides", response_class=HTMLResponse)
def tides():
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rows = "".join(f"<li>{t} &mdash; {h:.1f} m</li>" for t, h in TIDES)
    return f"<h1>Tides at Pier 4</h1><p>Updated {now}</p><ul>{rows}</ul>"
