from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

LOTS = {"101": "Action Comics #1 (CGC 3.0)", "102": "Amazing Fantasy #15"}


@app.get("/lot/{lot_id}")
def lot_page(lot_id: str):
    title = LOTS.get(lot_id)
    if title is None:
        page = "<h1>Lot not found</h1><p>We have no record of lot " + lot_id + ".</p>"
        return HTMLResponse(page, status_code=404)
    return HTMLResponse("<h1>" + title + "</h1>")
