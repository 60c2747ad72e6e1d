from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .store import crops_for_plot

app = FastAPI()


@app.get("/plots/{plot_no}/crops", response_class=HTMLResponse)
def crops(plot_no: int, highlight: str = ""):
    rows = []
    for crop in crops_for_plot(plot_no):
        cls = ' class="hl"' if crop.name == highlight else ""
        rows.append(f"<li{cls}>{escape(crop.name)} (sown {crop.sown:%d %b})</li>")
    heading = f"<h1>Plot {plot_no}</h1>"
    note = f"<p>Highlighting: {escape(highlight)}</p>" if highlight else ""
    return HTMLResponse(heading + note + "<ul>" + "".join(rows) + "</ul>")
