import json


def decode_loan_snapshot(blob):
    snap = json.loads(blob.decode("utf-8"))
    return snap["loans"], snap["generated_at"]
