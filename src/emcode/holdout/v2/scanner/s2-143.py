import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED = "partner.example.com"


@app.post("/register-callback")
def register(url: str):
    if not re.match(r"https://" + ALLOWED, url):
        raise HTTPException(status_code=400, detail="callback must be on the partner domain")
    return {"registered": url}
