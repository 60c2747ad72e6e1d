from typing import List

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/depot/shift", response_class=HTMLResponse)
def shift(crew: List[str] = Query(default=[])):
    rows = "\n".join("<li>" + member + "</li>" for member in crew)
    return "<h2>Tonight's maintenance crew</h2><ul>" + rows + "</ul>"
