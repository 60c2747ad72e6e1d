from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED_ORIGINS = {"https://app.myhub.io", "https://beta.myhub.io"}


@app.middleware("http")
async def cors(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin")
    if origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/hub/status")
def status():
    return {"online": True}
