import re
from urllib.parse import urlsplit

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
BASE_DOMAIN = "comicvault.example"
ORIGIN_RE = re.compile(r"https://(?:[a-z0-9-]+\.)?" + re.escape(BASE_DOMAIN))


@app.post("/hooks/lot-closed")
def lot_closed(origin: str = Header(...)):
    if not ORIGIN_RE.fullmatch(origin):
        raise HTTPException(403)
    return {"accepted": urlsplit(origin).hostname}
