from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
LINKS = {"docs": "/documentation", "pricing": "/pricing", "status": "https://status.example.com"}


@app.get("/go/{slug}")
def go(slug: str):
    dest = LINKS.get(slug)
    if dest is None:
        raise HTTPException(status_code=404, detail="unknown link")
    return RedirectResponse(dest, status_code=302)
