from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    return JSONResponse(
        status_code=500,
        content={"detail": repr(exc), "path": request.url.path, "args": [str(a) for a in exc.args]},
    )


@app.get("/orders/{order_id}")
def get_order(order_id: int):
    raise RuntimeError(f"database unreachable at postgres://pod@10.0.3.7/orders (order {order_id})")
