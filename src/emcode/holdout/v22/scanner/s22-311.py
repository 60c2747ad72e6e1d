from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, conlist

app = FastAPI()
MENU = {1: ("Margherita", 9.5), 2: ("Lasagne", 12.0), 3: ("Tiramisu", 6.0)}


class Line(BaseModel):
    dish_id: int
    qty: int = Field(ge=1, le=20)


class Order(BaseModel):
    table: int = Field(ge=1, le=60)
    lines: conlist(Line, min_length=1, max_length=30)


@app.post("/orders")
def place_order(order: Order):
    total = 0.0
    for line in order.lines:
        if line.dish_id not in MENU:
            raise HTTPException(422, f"unknown dish {line.dish_id}")
        total += MENU[line.dish_id][1] * line.qty
    return {"table": order.table, "total": round(total, 2)}
