import httpx

client = httpx.Client(base_url="https://inventory.internal", verify=False, timeout=5.0)


def reserve(sku, qty):
    r = client.post("/reserve", json={"sku": sku, "qty": qty})
    return r.json()
