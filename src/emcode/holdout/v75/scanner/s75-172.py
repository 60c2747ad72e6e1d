from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

PAGES = {
    "plots": "<h1>Plots</h1><p>There are 64 plots across two sites.</p>",
    "rules": "<h1>Rules</h1><p>Keep paths clear.</p>",
}


@app.get("/info", response_class=HTMLResponse)
def info(page: str = "plots"):
    return HTMLResponse(PAGES.get(page, "<h1>Not found</h1>"), status_code=200 if page in PAGES else 404)
