from typing import Literal

from fastapi import FastAPI
from pydantic import BaseModel, Field, conint

app = FastAPI()


class Item(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{3}-\d{3}$")
    qty: conint(ge=1, le=20)


class Order(BaseModel):
    truck: Literal["taco-norte", "pier-dumplings", "campus-curry"]
    items: list[Item] = Field(min_length=1, max_length=30)
    pickup_name: str = Field(max_length=40)


ORDERS: list[Order] = []


@app.post("/orders", status_code=201)
def create_order(order: Order):
    ORDERS.append(order)
    return {"number": len(ORDERS), "truck": order.truck}
