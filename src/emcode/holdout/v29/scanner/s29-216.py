from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def cors(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.get("/api/hub/status")
def status():
    return {"online": True}
