from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
CATALOGUE = {1: ("Soldering iron", 39.0), 2: ("Multimeter", 24.5)}


@app.get("/products/{pid}", response_class=HTMLResponse)
def product_page(pid: int, ref: str = ""):
    name, price = CATALOGUE.get(pid, ("Unknown", 0.0))
    page = "<h1>" + name + "</h1>"
    page += f"<p>Price: {price:.2f} EUR</p>"
    page += f"<p class='muted'>You came from {ref}</p>"
    return HTMLResponse(page)
