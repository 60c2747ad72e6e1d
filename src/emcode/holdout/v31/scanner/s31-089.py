from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/tickets/{order_id}/confirm")
def confirm(order_id: int):
    from .orders import mark_confirmed
    mark_confirmed(order_id)
    return RedirectResponse(url=f"/orders/{order_id}", status_code=303)
