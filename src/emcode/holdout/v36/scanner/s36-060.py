from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"detail": repr(exc), "type": type(exc).__name__, "args": [str(a) for a in exc.args]})


@app.get("/eta/{voyage}")
def eta(voyage: str):
    from .planner import estimate
    return {"voyage": voyage, "eta": estimate(voyage).isoformat()}
