import pickle


def restore_visit(blob):
    visit = pickle.loads(blob)
    if not hasattr(visit, "patient_id"):
        raise TypeError("not a visit")
    return visit
