from html import escape
from typing import List

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/compare", response_class=HTMLResponse)
def compare(players: List[str] = Query(default=[])):
    cells = "".join("<th>{}</th>".format(escape(p)) for p in players)
    return "<table><tr>" + cells + "</tr></table>"
