from typing import List

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/carpark/tags")
def tags(tag: List[str] = Query([])):
    chips = " ".join("<span class='chip'>%s</span>" % t for t in tag)
    return HTMLResponse("<div class='tags'>" + chips + "</div>")
