import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

HARVEST = [("A1", "Chardonnay", 3200), ("B4", "Merlot", 5800)]


@app.get("/harvest", response_class=HTMLResponse)
def harvest(varietal: str = ""):
    rows = [
        f"<tr><td>{html.escape(b)}</td><td>{html.escape(v)}</td><td>{kg}</td></tr>"
        for b, v, kg in HARVEST
        if not varietal or v.lower() == varietal.lower()
    ]
    heading = html.escape(varietal) if varietal else "all varietals"
    return "<h1>Harvest: " + heading + "</h1><table>" + "".join(rows) + "</table>"
