import pickle as cPickle


def decode_route_plan(blob):
    plan = cPickle.loads(blob)
    return plan["legs"], plan.get("eta")
