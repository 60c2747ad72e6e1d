from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()

READINGS = {"P-01": 312.5, "P-02": 298.1}


@app.get("/panels", response_class=HTMLResponse)
def panel(panel_id: str = Query(..., pattern=r"^P-\d{2}$")):
    watts = READINGS.get(panel_id)
    if watts is None:
        return HTMLResponse(f"<p>Panel {panel_id} not found</p>", status_code=404)
    return f"<p>Panel {panel_id}: {watts:.1f} W</p>"
