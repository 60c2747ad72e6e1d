import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SHARED = os.environ["PARTNER_SHARED_SECRET"]


@app.post("/partner/accrual")
async def accrual(request: Request, x_sig: str = Header(...)):
    body = await request.body()
    expected = hashlib.sha1(SHARED.encode() + body).hexdigest()
    if not hmac.compare_digest(expected, x_sig):
        raise HTTPException(status_code=403)
    return {"accepted": True}
