from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
LINKS = {"docs": "/documentation", "pricing": "/pricing"}


@app.get("/go/{slug}")
def go(slug: str, fallback: str = "/"):
    dest = LINKS.get(slug, fallback)
    return RedirectResponse(dest, status_code=302)
