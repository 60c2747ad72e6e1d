import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/status-page", response_class=HTMLResponse)
def status_page(service: str = "api", note: str = ""):
    svc, nt = html.escape(service), html.escape(note)
    lines = [
        "<html><body>",
        f"<h1>Status: {svc}</h1>",
        f"<p>Operator note: {nt}</p>",
        "</body></html>",
    ]
    return HTMLResponse("\n".join(lines))
