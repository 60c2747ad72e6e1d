from fastapi import FastAPI, Request, HTTPException, Response

app = FastAPI()
TRUSTED_ORIGINS = {"https://app.example.com"}


@app.middleware("http")
async def origin_guard(request: Request, call_next):
    if request.method in {"POST", "PUT", "PATCH", "DELETE"}:
        origin = request.headers.get("origin")
        if origin not in TRUSTED_ORIGINS:
            return Response(status_code=403)
    return await call_next(request)


@app.post("/account/email")
async def change_email(request: Request):
    body = await request.json()
    if "@" not in body.get("email", ""):
        raise HTTPException(422)
    return {"ok": True}
