from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "blog": "https://blog.example.com/",
}


@app.get("/out/{key}")
def outbound(key: str):
    url = DESTINATIONS.get(key)
    if url is None:
        raise HTTPException(status_code=404)
    return RedirectResponse(url=url, status_code=302)
