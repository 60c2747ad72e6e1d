import json


def decode_route_plan(blob):
    plan = json.loads(blob)
    return plan["legs"], plan.get("eta")
