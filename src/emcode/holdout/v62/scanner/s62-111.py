from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": repr(exc), "path": str(request.url),
                                                  "headers": dict(request.headers)})


@app.get("/orders/{order_id}")
async def order(order_id: int):
    raise RuntimeError(f"db timeout on orders shard 3 (dsn=postgresql://bakery@10.0.4.12/orders) id={order_id}")
