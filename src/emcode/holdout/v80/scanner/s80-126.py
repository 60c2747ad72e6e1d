from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/gauges/{station}", response_class=HTMLResponse)
def gauge_page(station: str, title: str = "Tide gauge"):
    header = "<header><h1>{}</h1></header>".format(title)
    return header + f"<main>Station {station}</main>"
