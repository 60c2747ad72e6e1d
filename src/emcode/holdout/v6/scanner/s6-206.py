import random
import uuid

QUESTIONS = ["2+2?", "capital of France?", "H2O is?"]

def new_quiz(seed=None):
    rng = random.Random(seed)
    order = QUESTIONS[:]
    rng.shuffle(order)
    return {"id": str(uuid.uuid4()), "questions": order}
