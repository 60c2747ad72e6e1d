from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": repr(exc), "path": str(request.url), "args": exc.args})


@app.get("/stock/{item}")
def stock(item: str):
    return {"item": item, "qty": int(item)}
