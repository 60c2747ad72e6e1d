import hmac
import json
import os

from fastapi import Depends, FastAPI, Header, HTTPException, UploadFile

app = FastAPI()
ADMIN_TOKEN = os.environ["PREFS_ADMIN_TOKEN"]


def require_admin(x_admin_token: str = Header(...)):
    if not hmac.compare_digest(x_admin_token.encode(), ADMIN_TOKEN.encode()):
        raise HTTPException(403, "admin only")
PREFS: dict[str, dict] = {}


@app.post("/prefs/import", dependencies=[Depends(require_admin)])
async def import_prefs(file: UploadFile):
    raw = await file.read()
    if len(raw) > 1_000_000:
        raise HTTPException(413, "file too large")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise HTTPException(400, "not JSON")
    if not isinstance(data, dict):
        raise HTTPException(400, "expected an object")
    count = 0
    for email, prefs in data.items():
        if isinstance(prefs, dict):
            PREFS[email.lower()] = {k: prefs[k] for k in ("frequency", "format") if k in prefs}
            count += 1
    return {"imported": count}
