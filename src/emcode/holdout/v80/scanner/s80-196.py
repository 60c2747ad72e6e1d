from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/gauges/{station}", response_class=HTMLResponse)
def gauge_page(station: str, title: str = "Tide gauge"):
    t, s = escape(title), escape(station)
    header = "<header><h1>{}</h1></header>".format(t)
    return header + f"<main>Station {s}</main>"
