import html

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/docks/search")
def dock_search(street: str = Query("", max_length=80)):
    label = html.escape(street)
    rows = "".join(f"<li>Dock {n} near {label}</li>" for n in range(1, 4))
    content = f"<h2>Docks near {label}</h2><ul>{rows}</ul>"
    return HTMLResponse(content=content)
