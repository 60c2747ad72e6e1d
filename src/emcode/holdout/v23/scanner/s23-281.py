import re
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
OUR_DOMAIN = "clinic.example"


@app.middleware("http")
async def cors(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin", "")
    if re.search(OUR_DOMAIN, origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.get("/api/records")
def records():
    return JSONResponse([{"patient": 1}])
