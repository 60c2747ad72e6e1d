import yaml


def load_route_plan(text):
    plan = yaml.safe_load(text) or {}
    return plan.get("waypoints", [])
