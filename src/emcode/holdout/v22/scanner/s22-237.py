from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/track", response_class=HTMLResponse)
def track(parcel: str):
    status = "in transit"
    content = "<h2>Parcel " + parcel + "</h2>"
    content = content + "<p>Status: " + status + "</p>"
    return HTMLResponse(content)
