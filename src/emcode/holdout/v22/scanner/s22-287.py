import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
STATUS = {"PX100": "delivered", "PX200": "in transit"}


@app.get("/track", response_class=HTMLResponse)
def track(parcel: str):
    shown = html.escape(parcel)
    status = html.escape(STATUS.get(parcel, "unknown"))
    content = "<h2>Parcel " + shown + "</h2>"
    content += "<p>Status: " + status + "</p>"
    return HTMLResponse(content)
