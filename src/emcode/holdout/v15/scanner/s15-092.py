import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
CALLBACK_DOMAIN = "hooks.partner.com"
CALLBACK_RE = re.compile(r"^https://" + re.escape(CALLBACK_DOMAIN) + r"(?::443)?(?:/[^\s]*)?$")


@app.post("/subscriptions")
def subscribe(callback_url: str):
    if not CALLBACK_RE.match(callback_url):
        raise HTTPException(400, "callback must be on the partner domain")
    return {"subscribed": callback_url}
