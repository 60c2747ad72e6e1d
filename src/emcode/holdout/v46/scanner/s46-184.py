import pickle


def decode_loan_snapshot(blob):
    snap = pickle.loads(blob)
    return snap["loans"], snap["generated_at"]
