from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/listings/filters", response_class=HTMLResponse)
def active_filters(feature: list[str] = Query(default=[])):
    chips = "".join(f'<span class="chip">{f}</span>' for f in feature)
    return HTMLResponse("<div class='filters'>" + chips + "</div>")
