from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/status-page", response_class=HTMLResponse)
def status_page(service: str = "api", note: str = ""):
    lines = [
        "<html><body>",
        "<h1>Status: " + service + "</h1>",
        "<p>Operator note: " + note + "</p>",
        "</body></html>",
    ]
    return HTMLResponse("\n".join(lines))
